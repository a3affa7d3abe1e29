try:
    s = {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    s1 = {1}
    s1[0]
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({(1, 2), (1, 2)}, {frozenset()})
