students = [
    {"name": "Zoe", "grade": 90, "age": 20, "city": "Oslo"},
    {"name": "adam", "grade": 85, "age": 22, "city": "Bergen"},
    {"name": "Bob", "grade": 90, "age": 19, "city": "Oslo"},
    {"name": "carl", "grade": 70, "age": 22, "city": "Bergen"},
    {"name": "Dina", "grade": 85, "age": 20, "city": "Trondheim"},
    {"name": "eve", "grade": 90, "age": 20, "city": "Bergen"},
]


def show(title, rows):
    print(title)
    for r in rows:
        print(f"  {r['name']:<5} {r['grade']:>3} {r['age']:>3} {r['city']}")


show("grade desc, name asc (case-insensitive):", sorted(students, key=lambda s: (-s["grade"], s["name"].lower())))
show("city asc, then age desc:", sorted(students, key=lambda s: (s["city"], -s["age"])))
tmp = sorted(students, key=lambda s: s["name"])
tmp.sort(key=lambda s: s["age"], reverse=True)
tmp.sort(key=lambda s: s["city"])
show("multi-pass stable sort:", tmp)
show("reverse=True keeps ties in original order:", sorted(students, key=lambda s: s["grade"], reverse=True))


class Reverse:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


show("name desc via wrapper, grade asc:", sorted(students, key=lambda s: (s["grade"], Reverse(s["name"].lower()))))
ranked = []
prev, rank = None, 0
for i, s in enumerate(sorted(students, key=lambda s: -s["grade"]), 1):
    if s["grade"] != prev:
        rank, prev = i, s["grade"]
    ranked.append((rank, s["name"]))
print(ranked)
groups = {}
for s in sorted(students, key=lambda s: s["city"]):
    groups.setdefault(s["city"], []).append(s["name"])
print(groups)
print(sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0]), reverse=True))
versions = ["1.10.0", "1.2.10", "1.2.9", "2.0", "1.2", "1.10.0-rc1"]


def version_key(v):
    main, _, pre = v.partition("-")
    nums = tuple(int(p) for p in main.split("."))
    return nums, pre == "", pre


print(sorted(versions, key=version_key))
mixed = ["item10", "item2", "Item1", "item1", "item20b", "item20a"]


def natural(s):
    out, num = [], ""
    for ch in s.lower():
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num)))
                num = ""
            out.append((1, ch))
    if num:
        out.append((0, int(num)))
    return out


print(sorted(mixed, key=natural))
print(sorted(mixed))
