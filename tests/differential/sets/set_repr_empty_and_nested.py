print(set(), frozenset(), {frozenset()}, repr(set()))
s = {1}
s.remove(1)
print(s, len(s), bool(s))
print(str({1, 2}), repr({"a"}), str(frozenset({3})))
print(frozenset([frozenset([1, 2]), frozenset([3])]) == frozenset([frozenset([3]), frozenset([2, 1])]))
