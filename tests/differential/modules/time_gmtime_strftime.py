import time
# Calendar functions of the time module on fixed timestamps (deterministic).
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, tuple(g))
t = time.gmtime(1700000000)
print(t)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %A %b %B %j %w %%", t))
print(time.asctime(time.gmtime(0)))
print(time.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S")[:6])
for ts in (86399, 86400, 951782400, 4102444800):
    print(ts, time.strftime("%d/%m/%Y %I:%M %p", time.gmtime(ts)))
