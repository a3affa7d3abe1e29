class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles
        self.meta = {"id": 7, "tags": ["x", "y"]}


u = User("ann", ["admin", "dev"])
print("{0.name} has {0.roles[0]} and {0.roles[1]}".format(u))
print("{u.meta[id]:>5} {u.meta[tags][1]}".format(u=u))
print("{0[0]}-{0[2]} {1[k]}".format("abc", {"k": "v"}))
print("{:>{}}|{:^{w}.{p}f}|".format("r", 6, 3.14159, w=10, p=2))
print("{!r:>8}|{!s:<6}|{!a}".format("é", "s", "é"))
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:,}|{:_b}|{:#_x}|{:08,.1f}".format(1234567, 255, 2**20, 12345.678))
data = {"name": "widget", "price": 3.5}
print("{name:*<10}{price:>8.3f}".format_map(data))
print("%(name)s costs %(price).2f" % data)
print("{0:%}|{0:.1%}|{1:%}".format(0.125, 2))
print("{:e}|{:E}|{:.0e}|{:g}|{:G}".format(1234.5, 0.000123, 5e10, 1e-7, 1e20))
print("{:c}{:c}".format(9731, 97), "{:o}|{:X}|{:#b}".format(8, 255, 5))
print("{:<5}|{:>5}|{:^5}|{:=+5}".format(-1, -1, -1, -1))
print("{:s}".format("plain"), "{}".format(None), "{}".format([1, {"a": (2,)}]))
for bad in ["{0.missing}", "{0[5]}", "{x}", "{0:abc}", "{:d}", "{0!z}", "{"]:
    try:
        print(bad.format("str"))
    except (AttributeError, IndexError, KeyError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
