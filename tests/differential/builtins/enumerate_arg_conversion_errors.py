# enumerate() converts start with __index__ and reports missing arguments.
class Idx:
    def __index__(self):
        return 7
print(list(enumerate("ab", True)), list(enumerate("ab", False)), list(enumerate("ab", Idx())))
try:
    enumerate()
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(iterable="ab", begin=1)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(iterable="xy", start=5)))
