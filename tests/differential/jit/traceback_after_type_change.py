# A hot module-level loop and a hot function run happily on ints, then the
# data changes type and the failure escapes uncaught: the traceback must
# show the right lines from the right frames.


def norm(v):
    return v * 2 + 1


def pipeline(values):
    out = 0
    for v in values:
        out += norm(v)
    return out


data = list(range(3000))
print(pipeline(data))
print(pipeline([0.5] * 100))
print(pipeline(["a"]) if False else "skip")
i = 0
acc = 0
while i < 3000:
    acc += norm(i)
    i += 1
print(acc)
data[2500] = None
print(pipeline(data))
print("unreachable")
