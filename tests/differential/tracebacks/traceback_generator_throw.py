def worker():
    received = []
    while True:
        try:
            x = yield len(received)
            received.append(x)
        except ValueError as e:
            print("worker got", e)
            raise TypeError("worker gave up") from e


g = worker()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.throw(ValueError("bad input"))
