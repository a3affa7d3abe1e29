def log(msg, *args, level="INFO", sep=" ", **extra):
    body = msg % args if args else msg
    tail = sep.join(f"{k}={v}" for k, v in sorted(extra.items()))
    return f"[{level}] {body}" + (f" ({tail})" if tail else "")


print(log("hello"))
print(log("%s + %s = %d", 1, 2, 3))
print(log("x", level="WARN", user="ann", id=5))
print(log("%d%%", 50, sep=";", a=1, b=2))
try:
    log()
except TypeError as e:
    print("TypeError:", e)
try:
    log("a", "b", level="X", level2="Y") if False else log("a %s", level="E")
except TypeError as e:
    print("TypeError:", e)


def make_range(start, stop=None, step=1, /):
    if stop is None:
        start, stop = 0, start
    return list(range(start, stop, step))


print(make_range(3), make_range(2, 5), make_range(10, 0, -3))


def defaults_snapshot(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c


print(defaults_snapshot(1))
print(defaults_snapshot(2))
print(defaults_snapshot(3, []))
print(defaults_snapshot.__defaults__)


def star_only(*, a=1, b):
    return a, b


print(star_only(b=2), star_only(b=3, a=4))


def collect(*args, **kwargs):
    return len(args), sorted(kwargs)


print(collect(*range(100), **{str(i): i for i in range(5)}))
print(collect(*(x for x in "abc"), *[None] * 2, **dict.fromkeys("xy")))


def apply(f, /, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(log, "via apply %s", "!", f="not the func"))
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
