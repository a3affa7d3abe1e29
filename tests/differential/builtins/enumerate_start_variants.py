print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(3), 2 ** 64)), list(enumerate("ab", 0)))
e = enumerate(["x", "y", "z"], 100)
print(next(e), next(e), list(e), list(e))
for i, (a, b) in enumerate(zip("pq", "rs"), start=1):
    print(i, a, b)
for idx, ch in enumerate(reversed("abc")):
    print(idx, ch)
print(dict(enumerate("hey", 1)), [i * c for i, c in enumerate("ab", 2)])
for label, fn in [("enumerate(1)", lambda: enumerate(1)), ("start=1.5", lambda: enumerate("a", 1.5)),
                  ("start='x'", lambda: enumerate("a", start="x"))]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)
lines = ["alpha", "", "gamma", "delta"]
print([f"{n:>3}: {line}" for n, line in enumerate(lines, start=1) if line])
