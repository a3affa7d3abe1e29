def mandel(c_re, c_im, limit=60):
    z_re = z_im = 0.0
    for i in range(limit):
        z_re, z_im = z_re * z_re - z_im * z_im + c_re, 2 * z_re * z_im + c_im
        if z_re * z_re + z_im * z_im > 4.0:
            return i
    return limit

chars = " .:-=+*#%@"
rows = []
counts = {}
for y in range(-12, 13):
    row = []
    for x in range(-39, 18):
        n = mandel(x / 20, y / 10)
        counts[n] = counts.get(n, 0) + 1
        row.append(chars[min(n, 59) * len(chars) // 60])
    rows.append("".join(row).rstrip())
print("\n".join(rows))
inside = counts.get(60, 0)
print("inside:", inside, "of", sum(counts.values()))
print("escape histogram:", sorted(counts.items())[:8])
print("area estimate:", round(inside / sum(counts.values()) * (57 / 20) * (25 / 10), 4))
