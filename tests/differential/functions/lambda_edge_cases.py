def compose2(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))
print((lambda: 1)(), (lambda x, y=2: x * y)(3), (lambda *a: a)(1, 2))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(sorted((k, v(10, 3)) for k, v in table.items()))
Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *a: y(y)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
keys = sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:])))
print(keys)
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(lambda v: v % 3, range(10))))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
