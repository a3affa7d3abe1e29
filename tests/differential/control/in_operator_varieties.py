print(2 in [1, 2], 2 in (1, 2), 2 in {2}, 2 in {2: "v"}, "v" in {2: "v"}, "ell" in "hello")
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), b"a" in b"cab", [1] in [[1], 2])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(5 in Box([5]), 6 not in Box([5]), 2 in It(), 9 in It())
