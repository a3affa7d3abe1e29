for s, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("0x1f", 0), ("0o17", 0), ("0b101", 0), ("10", 0), ("  42  ", 10), ("-0x10", 16), ("1_0", 0)]:
    print(repr(s), base, int(s, base))
for bad, base in [("12", 2), ("0x1f", 10), ("010", 0), ("", 10), ("1__0", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
