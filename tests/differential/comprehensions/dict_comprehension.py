print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({i % 3: i for i in range(10)})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: [w for w in words if w.startswith(c)] for c in "abz"})
