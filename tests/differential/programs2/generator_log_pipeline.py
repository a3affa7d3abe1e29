LOG = """2024-01-05 10:00:01 INFO  server started port=8080
2024-01-05 10:00:05 DEBUG loading config path=/etc/app.conf
2024-01-05 10:01:17 WARN  slow request path=/api/users ms=1250
2024-01-05 10:02:00 ERROR db timeout host=db1 ms=5000
2024-01-05 10:02:30 INFO  request path=/api/items ms=35
malformed line here
2024-01-05 10:03:11 ERROR db timeout host=db2 ms=5001
2024-01-05 10:04:00 INFO  request path=/api/users ms=80
2024-01-05 10:05:42 WARN  slow request path=/api/items ms=990
"""

def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def parse(records):
    for n, line in records:
        parts = line.split(None, 3)
        if len(parts) < 4:
            print(f"  [skip line {n}: {line!r}]")
            continue
        date, time, level, rest = parts
        words = rest.split()
        fields = dict(w.split("=", 1) for w in words if "=" in w)
        msg = " ".join(w for w in words if "=" not in w)
        yield {"n": n, "time": time, "level": level, "msg": msg, **fields}

def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r

def with_ms(records):
    for r in records:
        r["ms"] = int(r.get("ms", 0))
        yield r

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

pipeline = with_ms(only({"WARN", "ERROR"}, parse(lines(LOG))))
print("pipeline:", type(pipeline).__name__)
for r in pipeline:
    print(f"{r['n']:2d} {r['time']} {r['level']:<5} {r['msg']:<15} ms={r['ms']:>5}")

all_recs = list(with_ms(parse(lines(LOG))))
by_level = {}
for r in all_recs:
    by_level.setdefault(r["level"], []).append(r["ms"])
for level, vals in sorted(by_level.items()):
    print(f"{level:<5} n={len(vals)} total={sum(vals)} max={max(vals)}")
print("first two:", [r["n"] for r in take(2, parse(lines(LOG)))])
paths = (r["path"] for r in all_recs if "path" in r)
print("paths:", sorted(set(paths)))
print("slowest:", max(all_recs, key=lambda r: r["ms"])["msg"])
gen = parse(lines(LOG))
print(next(gen)["msg"], "|", next(gen)["level"])
gen.close()
print("after close:", next(gen, "exhausted"))
