# float.fromhex and float.hex for subnormal and boundary values.
for s in ["0x1p-1074", "-0x1p-1074", "0x1p-1070", "0x0.8p-1022", "0x1p-1022", "0x1.fffffffffffffp+1023",
          "0x3p-1076", "0x1p-1075", "0x1.8p-1074", "0x0.0000000000001p-1022", "0x1.0p0", "-0X1.4P+3", "  0x10  "]:
    try:
        v = float.fromhex(s)
        print(repr(s), repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print((5e-324).hex(), (2.225073858507201e-308).hex(), (1e-310).hex(), float.fromhex((1e-310).hex()) == 1e-310)
for s in ["0x1p+1024", "0xg", "1.0"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
