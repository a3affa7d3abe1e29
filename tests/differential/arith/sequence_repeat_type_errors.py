# Multiplying a sequence by a non-integer: "can't multiply sequence by non-int".
class Thing:
    def __repr__(self):
        return "Thing()"
width = 7 / 2
cases = [
    ("'-' * 3.5", lambda: "-" * width),
    ("3.5 * '-'", lambda: width * "-"),
    ("[0] * 2.0", lambda: [0] * 2.0),
    ("2.0 * [0]", lambda: 2.0 * [0]),
    ("(1,) * '2'", lambda: (1,) * "2"),
    ("'ab' * 'cd'", lambda: "ab" * "cd"),
    ("[1] * [2]", lambda: [1] * [2]),
    ("'x' * Thing()", lambda: "x" * Thing()),
    ("Thing() * 'x'", lambda: Thing() * "x"),
    ("[1] * None", lambda: [1] * None),
    ("None * [1]", lambda: None * [1]),
    ("{} * 'ab'", lambda: {} * "ab"),
    ("b'x' * 1.0", lambda: b"x" * 1.0),
    ("1.0 * b'x'", lambda: 1.0 * b"x"),
    ("'=' * True", lambda: "=" * True),
    ("'=' * -2", lambda: "=" * -2),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "-> TypeError:", e)
acc = "ab"
try:
    acc *= 1.5
except TypeError as e:
    print("*= ->", e)
