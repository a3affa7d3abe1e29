class C:
    x = "class"
    def method(self):
        return "method"
c = C()
print(c.x, c.__dict__)
c.x = "instance"
print(c.x, C.x, c.__dict__)
del c.x
print(c.x)
c.method = lambda: "instance attr"
print(c.method(), C().method())
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
a = Counter()
b = Counter()
a.inc()
a.inc()
b.inc()
print(a.count, b.count, Counter.count)
