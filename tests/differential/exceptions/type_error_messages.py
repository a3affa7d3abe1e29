five = 5
none = None
pair = (1, 2)
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: 1 - "x",
    lambda: "a" * "b",
    lambda: [1] * 2.5,
    lambda: 5 < "a",
    lambda: [] > {},
    lambda: len(5),
    lambda: five[0],
    lambda: none[0],
    lambda: iter(5),
    lambda: five(),
    lambda: -"a",
    lambda: ~1.5,
    lambda: {}[[]],
    lambda: int([1]),
    lambda: float({}),
    lambda: "abc".join([1]),
    lambda: sum(["a", "b"]),
    lambda: abs("x"),
    lambda: ord(5),
    lambda: pair[None],
    lambda: "x" % 5 if False else "%d" % "x",
    lambda: 1 ** "2",
    lambda: 3 & 1.0,
    lambda: 1 << 2.0,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
