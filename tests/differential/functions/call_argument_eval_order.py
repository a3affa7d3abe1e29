order = []
def v(label, value=None):
    order.append(label)
    return label if value is None else value
def f(*args, **kwargs):
    return args, kwargs
def show(res):
    print(res, order)
    order.clear()
show(f(v("a"), v("b"), c=v("c"), d=v("d")))
show(f(*[v("star1"), v("star2")], v("pos"), **{v("k1"): v("v1")}, kw=v("kw")))
show(f(v("x"), *v("seq", ["s1", "s2"]), v("y"), **v("map", {"m": 1}), z=v("z")))
def g(a, b=v("default evaluated at def")):
    return a, b
order.clear()
show(g(v("arg")))
obj = {"fn": f}
show(v("callee", obj)["fn"](v("arg1"), v("arg2")))
class C:
    def m(self, *a):
        return a
show(v("receiver", C()).m(v("m1"), v("m2")))
show([v("l1"), v("l2")] + [v("l3")])
show({v("k1"): v("v1"), v("k2"): v("v2")})
show({v("s1"), v("s2")} and None)
show(v("cond", True) and v("then") or v("else"))
show(v("left", 2) ** v("right", 3))
show(v("a", 1) + v("b", 2) * v("c", 3))
show(max(v("m1", 1), v("m2", 5), key=v("key", lambda q: -q)))
show(f(*(v(i) for i in "gh")))
