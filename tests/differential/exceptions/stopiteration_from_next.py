it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e))
print(next(it, "default"))
def g():
    yield 1
    return "retval"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value, repr(e))
