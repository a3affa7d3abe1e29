class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        names = self.fields
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes {len(names)} positional arguments but {len(args)} were given")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {name!r}")
            if name in names[:len(args)]:
                raise TypeError(f"{type(self).__name__}() got multiple values for argument {name!r}")
            setattr(self, name, value)
        missing = [n for n in names if n not in self.__dict__]
        if missing:
            raise TypeError(f"{type(self).__name__}() missing {len(missing)} required argument(s): {', '.join(missing)}")

    def _astuple(self):
        return tuple(getattr(self, n) for n in self.fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() < other._astuple()

    def __hash__(self):
        return hash((type(self).__name__,) + self._astuple())

    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.fields)
        return f"{type(self).__name__}({args})"

    def replace(self, **changes):
        values = dict(zip(self.fields, self._astuple()))
        values.update(changes)
        return type(self)(**values)


class Point(Record):
    fields = ("x", "y")


class Employee(Record):
    fields = ("name", "dept", "salary")


p = Point(1, 2)
q = Point(y=2, x=1)
print(p, q, p == q, p is q, hash(p) == hash(q), p != Point(2, 1))
print(p == (1, 2), Point(0, 5) < Point(1, 0), sorted([Point(2, 1), Point(1, 9), Point(1, 2)]))
print(len({p, q, Point(3, 3)}), p.replace(y=10), p)
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cat", "eng", 130), Employee("dan", "ops", 90)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, members in sorted(by_dept.items()):
    total = sum(m.salary for m in members)
    print(f"{dept}: {[m.name for m in members]} total={total} avg={total / len(members):.1f}")
print(sorted(staff, key=lambda e: (-e.salary, e.name)))
print(max(staff, key=lambda e: e.salary).name, Employee("x", "y", 1) == Point(1, 2))
for bad in [lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Point(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1, 2) < Employee("a", "b", 3)
except TypeError as e:
    print("TypeError:", e)
