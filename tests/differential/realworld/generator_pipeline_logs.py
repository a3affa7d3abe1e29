LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG connection from 10.0.0.1
2024-01-01 10:01:10 WARN  slow request path=/api/users ms=1200
2024-01-01 10:01:11 ERROR db timeout query=select ms=5000
garbage line without structure
2024-01-01 10:02:00 INFO  request path=/api/users ms=45
2024-01-01 10:02:30 ERROR handler crashed path=/api/orders
2024-01-01 10:03:00 INFO  request path=/api/orders ms=80
2024-01-01 10:03:01 WARN  slow request path=/api/orders ms=950
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in {"INFO", "DEBUG", "WARN", "ERROR"}:
            print(f"  skip line {n}: {line[:20]!r}")
            continue
        date, time_, level, rest = parts
        fields = dict(tok.split("=", 1) for tok in rest.split() if "=" in tok)
        message = " ".join(tok for tok in rest.split() if "=" not in tok)
        yield {"n": n, "time": time_, "level": level, "msg": message, **fields}


def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r


def with_ms(records):
    for r in records:
        if "ms" in r:
            r = dict(r, ms=int(r["ms"]))
            yield r


def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


records = list(parse(read_lines(LOG)))
print(len(records), "records")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))
for r in where(records, level="ERROR"):
    print("error at", r["time"], "-", r["msg"], r.get("path", "-"))
timed = list(with_ms(records))
print([(r["path"] if "path" in r else r["query"], r["ms"]) for r in timed])
print("slowest:", max(timed, key=lambda r: r["ms"])["time"], "avg ms: %.1f" % (sum(r["ms"] for r in timed) / len(timed)))
for a, b in window((r["time"] for r in records), 2):
    print(a, "->", b)
by_path = {}
for r in with_ms(where(records, msg="request")):
    by_path.setdefault(r["path"], []).append(r["ms"])
print(by_path)
