recs = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
print(max(recs, key=lambda r: r[1]), min(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(max([1, 1.0], key=lambda v: 0), max([1.0, 1], key=lambda v: 0))
