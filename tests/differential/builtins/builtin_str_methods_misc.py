print("{:>5}".format("ab"), "ab".join("xyz"), "a-b-c".split("-", 1), "abc".upper().lower())
print(len("".join(str(i) for i in range(100))))
print(str.join(",", ["a", "b"]), str.upper("x"), str.split("a b"))
print("%s=%r" % ("k", "v"))
