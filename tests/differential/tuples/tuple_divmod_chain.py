def to_hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return d, h, m, s

for secs in (0, 59, 3600, 3661, 86399, 90061, 1000000):
    d, h, m, s = to_hms(secs)
    print(secs, (d, h, m, s), f"{d}d {h:02}:{m:02}:{s:02}")
