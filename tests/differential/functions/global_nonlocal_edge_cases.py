total = 0
def add(n):
    global total
    total += n
    return total
print(add(5), add(7), total)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = "local"
    def inner():
        global total
        return total
    return total, inner()
print(shadow())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
def nonlocal_in_loop():
    fns = []
    state = 0
    for _ in range(3):
        def bump():
            nonlocal state
            state += 10
            return state
        fns.append(bump)
    return [f() for f in fns], state
print(nonlocal_in_loop())
def unbound_global():
    global never_defined
    try:
        return never_defined
    except NameError as e:
        return str(e)
print(unbound_global())
def local_before_assign():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        return str(e)
print(local_before_assign())
def del_global():
    global created
    del created
del_global()
try:
    created
except NameError as e:
    print(e)
class K:
    value = "class attr"
    def method(self):
        return value if "value" in globals_names else "no global"
globals_names = set()
print(K().method())
