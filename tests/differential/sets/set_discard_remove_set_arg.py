# set.remove/discard/__contains__ accept a set argument and look up the equal frozenset.
s = {frozenset({1}), frozenset({2, 3}), 5}
print({1} in s, {2, 3} in s, {4} in s)
s.discard({1})
print(sorted(map(str, s)))
s.remove({3, 2})
print(sorted(map(str, s)))
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError", e)
