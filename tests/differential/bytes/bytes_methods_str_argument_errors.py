for m in ["count", "find", "rfind", "index", "rindex", "startswith", "endswith", "split", "replace", "strip", "partition"]:
    for recv in (b"abc", bytearray(b"abc")):
        try:
            args = ("a", "b") if m == "replace" else ("a",)
            getattr(recv, m)(*args)
        except TypeError as e:
            print(m, type(recv).__name__, e)
