def make_pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = make_pair()
print(get())
put(42)
print(get())
put("changed")
print(get())
g2, p2 = make_pair()
print(g2(), get())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a = accumulate()
a(1)
a(2)
print(a(3))
