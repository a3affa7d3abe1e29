def f(a, *args, **kwargs):
    print(a, args, kwargs)
f(1)
f(1, 2, 3)
f(1, x=1, y=2)
f(1, 2, z=3)
f(*[1, 2, 3], **{"k": "v"})
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def show(**kw):
    for k in kw:
        print(k, "=", kw[k])
show(b=2, a=1, c=3)
def combine(*args, sep="-", **kw):
    return sep.join(str(a) for a in args) + str(sorted(kw.items()))
print(combine(1, 2, 3), combine("a", "b", sep="+", z=0, y=1))
