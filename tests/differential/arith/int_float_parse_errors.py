ints = ["42", " 42 ", "+42", "-42", "0042", "4_2", "4__2", "_42", "42_", "4 2", "", " ", "4.0", "1e3",
        "0x1f", "0b11", "٣", "４２", "12\n", "\t7\t", "−5", "9" * 30, "-0", "0_0", "abc"]
for s in ints:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "!!", e)
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("017", 0), ("0", 0),
                ("00", 0), ("z", 36), ("10", 2), ("2", 2), ("0b2", 0), ("1_0", 2), ("0x_f", 16), ("0x_f", 0), ("10", 37)]:
    try:
        print(repr(s), base, "->", int(s, base))
    except ValueError as e:
        print(repr(s), base, "!!", e)
floats = ["1.5", " 1.5 ", "1_000.5", "1e3", "1E-3", ".5", "5.", "-.5e1", "inf", "+inf", "-Infinity", "nAn", "-nan",
          "1.5.2", "1e", "e3", "", "1_", "1__0.0", "0x10", "１.５", "1,5", "infinity1", "  -0.0  ", "1e400", "-1e-400"]
for s in floats:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "!!", e)
for v in [3.99, -3.99, 1e20, -0.5, True]:
    print(repr(v), int(v))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
