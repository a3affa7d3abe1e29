t = (1, 2, 1, 3, 1, "1", 1.0, True)
print(t.count(1), t.count("1"), t.index(3), t.index(1, 1), t.index("1"))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
