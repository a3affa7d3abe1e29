def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count
g = running_avg()
print(g.send(None))
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print("echo got", x, received)
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    g2 = echo()
    g2.send("too early")
except TypeError as err:
    print("TypeError:", err)
