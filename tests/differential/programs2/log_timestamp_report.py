import time

EVENTS = [
    (1700000000, "login", "alice"),
    (1700000450, "upload", "alice"),
    (1700003600, "login", "bob"),
    (1700003700, "error", "bob"),
    (1700090000, "logout", "alice"),
    (1700090100, "login", "carol"),
]

def day_key(ts):
    return time.strftime("%Y-%m-%d", time.gmtime(ts))

by_day = {}
for ts, kind, user in EVENTS:
    by_day.setdefault(day_key(ts), []).append((ts, kind, user))

for day, rows in sorted(by_day.items()):
    print(f"== {day} ({len(rows)} events)")
    for ts, kind, user in rows:
        stamp = time.strftime("%H:%M:%S", time.gmtime(ts))
        print(f"  {stamp} {kind:<7} {user}")
first, last = EVENTS[0][0], EVENTS[-1][0]
span = last - first
hours, rem = divmod(span, 3600)
minutes, seconds = divmod(rem, 60)
print(f"span: {hours}h {minutes:02d}m {seconds:02d}s")
print("weekday of first event:", time.strftime("%A", time.gmtime(first)))
