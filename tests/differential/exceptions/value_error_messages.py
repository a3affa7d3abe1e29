import math
cases = [
    lambda: int("x"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: int("0x1G", 16),
    lambda: int("9", 8),
    lambda: float("abc"),
    lambda: float(""),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: chr(-1),
    lambda: int("10", 1),
    lambda: range(0, 5, 0),
    lambda: "a,b".split(""),
    lambda: (1, 2).index(5),
    lambda: [].remove(0),
    lambda: "%z" % 1,
    lambda: bytes.fromhex("zz"),
    lambda: "{0} {".format(1),
    lambda: int("١٢٣") + int("  -0b11 ", 0) if False else int("  -0b11 ", 0),
]
for i, c in enumerate(cases):
    try:
        print(i, "result", c())
    except ValueError as e:
        print(i, "ValueError:", e)
