def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
def memo_fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return memo[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
def kw_default(*, opts={}):
    opts.setdefault("calls", 0)
    opts["calls"] += 1
    return dict(opts)
print(kw_default(), kw_default(), kw_default(opts={}), kw_default.__kwdefaults__)
shared = []
def uses_shared(x, acc=shared):
    acc.append(x)
    return len(acc)
uses_shared(1); uses_shared(2)
print(shared)
shared = ["rebound"]
print(uses_shared(3), shared)
def make_defaults():
    vals = []
    for i in range(3):
        def h(x=i, store=vals):
            store.append(x)
            return store
        vals.append(h)
    return vals
fs = make_defaults()
print([len(f()) for f in fs[:3]])
def tuple_default(t=(1, [2])):
    t[1].append(len(t[1]) + 2)
    return t
print(tuple_default(), tuple_default())
