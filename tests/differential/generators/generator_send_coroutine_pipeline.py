def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def upper_stage(target):
    while True:
        item = yield
        target.send(item.upper())
p = printer(">>")
next(p)
u = upper_stage(p)
next(u)
f = filter_stage(lambda s: len(s) > 2, u)
next(f)
for word in ["a", "hello", "to", "world", "yes"]:
    f.send(word)
f.close()
print("pipeline closed")
