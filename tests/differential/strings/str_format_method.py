print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Eve", age=5))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {!r}".format(3.14159, 10 ** 9, 255, "s"))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{{}} {}".format("braces"))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print("{0.x},{0.y}".format(P()))
print(format(3.5, "06.2f"), format("s", ">4"), format(12, ""), format(12.0))
print("{:{}}|".format("w", 5), "{:.{}f}".format(2.71828, 2))
