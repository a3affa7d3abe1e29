import math

READINGS = {
    "Oslo": [-3.2, -1.0, 2.5, 7.9, 13.4, 17.0, 19.1, 18.2, 13.5, 8.0, 2.2, -1.9],
    "Cairo": [14.0, 15.5, 18.0, 21.7, 25.0, 27.4, 28.0, 28.1, 26.3, 23.5, 19.2, 15.6],
    "Quito": [13.9, 14.0, 14.0, 14.1, 14.2, 14.0, 13.8, 14.1, 14.3, 14.0, 13.9, 14.0],
    "Yakutsk": [-38.6, -33.8, -20.1, -4.8, 7.5, 16.4, 19.5, 15.2, 6.1, -7.8, -27.0, -37.6],
}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


print(f"{'city':<8}{'mean':>7}{'median':>8}{'stdev':>7}{'min':>7}{'max':>7}  range  coldest/warmest")
for city, temps in sorted(READINGS.items(), key=lambda kv: -mean(kv[1])):
    lo, hi = min(temps), max(temps)
    cold, warm = MONTHS[temps.index(lo)], MONTHS[temps.index(hi)]
    print(f"{city:<8}{mean(temps):>7.2f}{median(temps):>8.2f}{stdev(temps):>7.2f}{lo:>7.1f}{hi:>7.1f}{hi - lo:>7.1f}  {cold}/{warm}")
print()
print("     " + "".join(f"{m:>6}" for m in MONTHS[::2]))
for city, temps in READINGS.items():
    cells = []
    for t in temps[::2]:
        mark = "*" if t == max(temps) or t == min(temps) else " "
        cells.append(f"{t:>5.0f}{mark}")
    print(f"{city[:4]:<5}" + "".join(cells))
print()
for city, temps in READINGS.items():
    f = [round(t * 9 / 5 + 32) for t in temps]
    spark = "".join(" .:-=+*#%@"[min(9, max(0, int((t + 40) / 8)))] for t in temps)
    print(f"{city:>8} |{spark}| F range {min(f)}..{max(f)}")
below = {c: sum(1 for t in ts if t < 0) for c, ts in READINGS.items()}
print(below, [c for c, n in below.items() if n == 0])
print(f"{mean([mean(t) for t in READINGS.values()]):.4f} {math.fsum(sum(READINGS.values(), [])):.4f} {round(-0.5)} {round(-1.5)} {-7.8 // 1} {-7.8 % 1:.4f}")
