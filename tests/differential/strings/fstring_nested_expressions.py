data = {"name": "Widget", "price": 9.5, "tags": ["a", "b"], "dims": (3, 4)}
print(f"{data['name']!r:>12}|{data['price']:08.3f}|{', '.join(data['tags'])}|{data['dims'][1] ** 2}")
items = [("apple", 1.2, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{w}} {price:>6.2f} x {qty:>3} = {price * qty:>8.2f}")
print(f"{'total':<{w}} {sum(p * q for _, p, q in items):>23.2f}")
print(f"{[x * 2 for x in range(3)]} {{k: v}} {dict(a=1)} {(lambda: 'lam')()}")
print(f"{'yes' if len(items) > 2 else 'no'} {items[0][0].upper()[::-1]}")
n = 3
print(f"{n:{'>' if n > 2 else '<'}{n * 2}}|")
print(f"{f'{n:03}':>6}|{f'{n!r}'}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p} {p:xyz} {p!s} {p!r} {p!s:>8} {format(p)} {format(p, 'q')}")
print("{} {:abc} {!r}".format(p, p, p))
print(f"{3.0} {3.0:} {1e100} {0.1:.1} {-1.0:+}")
print(f"{'a' 'b'} {'multi' + 'ple'}")
x = 10
print(f"{x:#x}{x:#o}{x:#b}", f"{x!r:^6}", f"{x:^6!r}" if False else "")
print(f"{'abc':{'^'}{9}}", f"{12:{'0'}{'>'}5}")
print(F"upper F {x}", rf"raw \n {x}", fR"{x}\t")
print(f"""triple {x
}""")
print(f"{x:{x}}|", f"{'q':{x}}|")
