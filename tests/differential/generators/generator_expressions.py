g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(c.isupper() for c in "hello World"), all(n % 2 for n in [1, 3, 4]))
print(sorted((x % 7 for x in range(20)), reverse=True)[:5])
print(dict((k, len(k)) for k in ["ab", "c"]))
print(", ".join(str(n) for n in range(3)))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
