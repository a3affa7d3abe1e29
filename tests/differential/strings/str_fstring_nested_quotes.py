items = ["a", "b"]
d = {"key": 3}
print(f"{', '.join(items)}")
print(f"{d['key'] * 2}")
print(f'{"double" + " inside"}')
print(f"{len(items)!r:>5}|")
print(f"{'%d' % 5}")
value = 12.5
fmt = ".1f"
print(f"{value:{fmt}}")
print(f"{value!r:>8}|{value!s:<8}|")
x = 7
print(f"{x:b} {x:o} {x:x} {x:#b}")
print(f"{'a' if x > 5 else 'b'}")
print(f"{(lambda y: y + 1)(x)}")
print(f"{x}{x}{{x}}")
