# __class__ assignment: allowed between classes whose instances have the same layout, refused
# (with CPython's messages) otherwise; attribute access through the new class afterwards,
# also from hot code that cached the old class's attributes.


class A:
    kind = "A"

    def who(self):
        return "A.who"


class B:
    kind = "B"

    def who(self):
        return "B.who"


class E(Exception):
    pass


class E2(Exception):
    def who(self):
        return "E2.who"


def probe(objs):
    out = []
    for o in objs:
        out.append((o.kind, o.who(), o.x))
    return out


objs = []
for i in range(200):
    o = A()
    o.x = i
    objs.append(o)
for rnd in range(20):
    r = probe(objs)
print(r[:2])
for o in objs[::2]:
    o.__class__ = B
print(probe(objs)[:4], type(objs[0]).__name__, type(objs[1]).__name__)

a = A()
for target in (E, int, 5, str, None):
    try:
        a.__class__ = target
    except TypeError as exc:
        print("TypeError:", exc)
print(type(a).__name__)

e = E("boom", 2)
try:
    e.__class__ = A
except TypeError as exc:
    print("TypeError:", exc)
e.__class__ = E2
print(type(e).__name__, e.args, e.who(), isinstance(e, E2), isinstance(e, E))
try:
    raise e
except E2 as caught:
    print("caught", repr(caught))
