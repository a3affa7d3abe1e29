# Strings: building with join/concatenation, splitting, %-format/str.format/f-strings, methods (replace, find, strip, case)


def make_records(n):
    names = ["alpha", "Bravo", "charlie", "DELTA", "echo", "foxtrot", "Golf", "hotel"]
    cities = ["Oslo", "Lima", "Quito", "Accra", "Hanoi", "Perth"]
    out = []
    x = 7
    for i in range(n):
        x = (x * 48271) % 2147483647
        name = names[x % len(names)] + str(i % 97)
        city = cities[(x >> 8) % len(cities)]
        amount = (x % 1000003) / 100.0
        qty = x % 50
        out.append((i, name, city, amount, qty))
    return out


def to_csv(records):
    lines = []
    for i, name, city, amount, qty in records:
        lines.append("%d,%s,%s,%.2f,%d" % (i, name, city, amount, qty))
    return "\n".join(lines)


def to_report(records):
    parts = []
    for i, name, city, amount, qty in records:
        parts.append("{:>6} | {:<10} | {:^7} | {:>10.2f} | {:03d}".format(i, name, city, amount, qty))
    return "\n".join(parts)


def to_fstrings(records):
    s = ""
    for i, name, city, amount, qty in records:
        tag = f"[{name.upper()}@{city.lower()}:{qty:02d}]"
        s += tag
        if len(s) > 4000:
            s = s[2000:]
    return s


def parse_csv(text):
    total = 0.0
    qty_total = 0
    by_city = {}
    for line in text.split("\n"):
        fields = line.split(",")
        amount = float(fields[3])
        qty = int(fields[4])
        total += amount
        qty_total += qty
        city = fields[2]
        by_city[city] = by_city.get(city, 0) + qty
    return total, qty_total, by_city


def transform(text):
    t = text.replace("Oslo", "OSLO").replace("|", "/")
    count = 0
    pos = t.find("OSLO")
    while pos >= 0:
        count += 1
        pos = t.find("OSLO", pos + 1)
    words = t.split()
    caps = 0
    digits = 0
    for w in words:
        if w.isupper():
            caps += 1
        if w.isdigit():
            digits += 1
        w2 = w.strip("/").lower().capitalize()
        if w2.startswith("Alpha"):
            caps += 2
    return count, caps, digits, len(words)


def checksum(s):
    h = 0
    for i in range(0, len(s), 7):
        h = (h * 33 + ord(s[i])) & 0xFFFFFFFF
    return h


def main():
    records = make_records(180000)
    csv = to_csv(records)
    report = to_report(records)
    fs = to_fstrings(records)
    total, qty_total, by_city = parse_csv(csv)
    occurrences, caps, digits, nwords = transform(report)
    print("csv chars", len(csv), "hash", checksum(csv))
    print("report chars", len(report), "hash", checksum(report))
    print("fstring tail", len(fs), fs[-60:])
    print("total %.2f qty %d" % (total, qty_total))
    print("cities", ", ".join("%s=%d" % (c, by_city[c]) for c in sorted(by_city)))
    print("OSLO", occurrences, "caps", caps, "digits", digits, "words", nwords)
    padded = "-".join(s.center(9, "*") for s in ["a", "bb", "ccc", "dddd"])
    print(padded, "x".join(reversed("hello world".split())), "{0}{1}{0}".format("ab", "cd"))


main()
