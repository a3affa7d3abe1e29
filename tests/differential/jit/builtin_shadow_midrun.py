# Builtins used in a hot function, then shadowed by module globals, then
# un-shadowed again with del.


def measure(xs):
    return len(xs)


def absolute(v):
    return abs(v)


def biggest(a, b):
    return max(a, b)


def run(label):
    t = 0
    for i in range(1000):
        t += measure([0] * (i % 5))
        t += absolute(-i)
        t += biggest(i, 3)
    print(label, t)


run("builtins:")


def len(x):
    return 100


run("len shadowed:")
abs = lambda v: 0
max = min
run("abs/max shadowed:")
del len
run("len restored:")
del abs
del max
run("all restored:")

# shadow in the middle of a hot loop through a global statement


def shadow_len():
    global len
    len = lambda x: -1


def unshadow_len():
    global len
    del len


vals = []
for i in range(3000):
    vals.append(measure("abc"))
    if i == 1000:
        shadow_len()
    elif i == 2000:
        unshadow_len()
print(vals[999:1003], vals[1999:2003], vals[-1])
print(sum(vals))

# shadowing a builtin type name
def conv(x):
    return str(x)


out = [conv(i) for i in range(500)]
print(out[-1], type(out[-1]).__name__)
str = repr
print(conv("q"), conv(5))
del str
print(conv("q"), conv(5))
try:
    unshadow_len()
except NameError as e:
    print("NameError:", e)
