# Struct sequences: time.struct_time and sys.version_info / sys.float_info behave as
# named, immutable tuples.
import sys
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(t[0], t[-1], t[1:4], len(t), tuple(t))
y, mo, d, *rest = t
print(y, mo, d, rest)
print(t == tuple(t), t[:3] == (2023, 11, 14))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError raised")
for ts in (0, -86400, 951782400, 4102444799):
    g = time.gmtime(ts)
    print(ts, g.tm_year, g.tm_yday, time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %%", g))
    print(time.asctime(g))

print(sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 8), sys.version_info.major)
print(len(sys.version_info), type(sys.version_info.minor).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxsize, sys.maxunicode)

# Dunders of struct sequences behave like the tuple's (hash, comparisons, dict keys) and
# reject a missing receiver with TypeError.
print(hash(sys.version_info) == hash(tuple(sys.version_info)), {t: 1}[tuple(t)] if tuple(t) in {t: 1} else "absent")
T = type(t)
for f in (T.__repr__, T.__len__, T.__iter__, T.__hash__, T.__getitem__, T.__eq__):
    try:
        f()
    except TypeError:
        print("TypeError from", f.__name__)

# Fields are read-only and there is no per-instance __dict__ for new names.
for f in (lambda: setattr(t, "tm_year", 5), lambda: setattr(t, "foo", 1), lambda: delattr(t, "tm_year"),
          lambda: setattr(sys.version_info, "major", 4)):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
print(t.tm_year, sys.version_info.major)
