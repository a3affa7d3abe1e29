items = [1, 2, 3]
assert len(items) == 3
assert sum(items) == 7
