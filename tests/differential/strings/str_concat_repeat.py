a = "ab"
b = "cd"
print(a + b, a * 3, 3 * b, a * 0, a * -2, "" * 100)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for w in ["x", "y", "z"]:
    parts.append(w.upper())
print("".join(parts))
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "ab" + "c", "a" != "A")
print(max("apple", "banana", "cherry"), min(["b", "a", "c"]))
t = "ha" * 3 + "!"
print(t, t.count("ha"))
