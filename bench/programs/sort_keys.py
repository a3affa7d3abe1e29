# Sorting with keys: sorted()/list.sort with lambda and function keys, tuple keys, reverse, stability, min/max with key

state = 97531


def rnd(n):
    global state
    state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
    return (state >> 8) % n


class Employee:
    def __init__(self, eid, name, dept, salary, age):
        self.eid = eid
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def seniority(self):
        return self.age * 2 + self.salary // 10000


def by_dept_then_salary(e):
    return (e.dept, -e.salary, e.eid)


def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


letters = "abcdefghijklmnopqrstuvwxyz"
depts = ["eng", "ops", "sales", "legal", "hr", "research"]
people = []
for i in range(12000):
    name = "".join(letters[rnd(26)] for _ in range(3 + rnd(5)))
    people.append(Employee(i, name, depts[rnd(len(depts))], 30000 + rnd(90000), 20 + rnd(45)))

ints = [rnd(1000000) for _ in range(40000)]
floats = [rnd(100000) / 7.0 for _ in range(40000)]
words = [p.name for p in people]

checksum = 0


def mix(seq):
    global checksum
    for k, v in enumerate(seq):
        if k % 13 == 0:
            checksum = (checksum * 131 + v) % 2147483647


for rnd_no in range(8):
    a = sorted(ints)
    b = sorted(ints, reverse=True)
    c = sorted(ints, key=lambda v: (v % 1000, v))
    d = sorted(ints, key=digit_sum)
    e = sorted(floats, key=lambda f: -f)
    mix(a)
    mix(b)
    mix(c)
    mix(d)
    mix([int(f) for f in e])

    w1 = sorted(words)
    w2 = sorted(words, key=len)
    w3 = sorted(words, key=lambda s: (s[::-1], len(s)))
    w4 = sorted(words, key=str.upper, reverse=True)
    mix([ord(s[0]) for s in w1])
    mix([len(s) for s in w2])
    mix([ord(s[-1]) for s in w3])
    mix([ord(s[1]) for s in w4])

    p1 = sorted(people, key=by_dept_then_salary)
    p2 = sorted(people, key=lambda e: e.seniority())
    p3 = list(people)
    p3.sort(key=lambda e: e.age)
    p3.sort(key=lambda e: e.dept)  # stable: age order kept inside dept
    mix([e.eid for e in p1])
    mix([e.eid for e in p2])
    mix([e.eid for e in p3])

    pairs = [(rnd(50), rnd(50), i) for i in range(20000)]
    pairs.sort()
    mix([x * 2500 + y * 50 + (i % 50) for x, y, i in pairs])
    ints = [(v * 7 + rnd_no) % 1000003 for v in ints]

oldest = max(people, key=lambda e: (e.age, -e.eid))
cheapest = min(people, key=lambda e: (e.salary, e.eid))
print("oldest", oldest.eid, oldest.name, oldest.age)
print("cheapest", cheapest.eid, cheapest.name, cheapest.salary)
print("first words", sorted(words)[:5])
print("longest", sorted(words, key=lambda s: (-len(s), s))[:3])
print("checksum", checksum)
