def trace(label, value):
    print("eval", label)
    return value
def f(a, b, c=None, *rest, **kw):
    return (a, b, c, rest, sorted(kw))
print(f(trace("a", 1), trace("b", 2), c=trace("c", 3), d=trace("d", 4)))
print(f(*[trace("star", 1), trace("star2", 2)], **{"k": trace("dstar", 3)}))
def default_time(x=trace("default at def time", 0)):
    return x
print("defined")
print(default_time(), default_time(5))
d = {trace("key1", "k1"): trace("val1", 1), trace("key2", "k2"): trace("val2", 2)}
print(d)
print(trace("left", 1) + trace("right", 2) * trace("mul", 3))
xs = [0, 0, 0]
xs[trace("index", 1)] = trace("value", 9)
print(xs)
