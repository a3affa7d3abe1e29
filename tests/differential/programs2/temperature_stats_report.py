import math

READINGS = {
    "Oslo": [-3.5, -1.0, 2.25, 7.0, 12.5, 16.0, 18.25, 17.0, 12.0, 6.5, 1.0, -2.0],
    "Cairo": [14.0, 15.5, 18.0, 21.75, 25.0, 27.5, 28.0, 28.0, 26.25, 23.5, 19.0, 15.25],
    "Quito": [13.5, 13.5, 13.75, 13.5, 13.5, 13.25, 13.0, 13.25, 13.5, 13.5, 13.25, 13.5],
    "Perth": [24.5, 24.75, 22.75, 19.75, 16.5, 14.0, 13.0, 13.5, 15.0, 17.5, 20.5, 22.75],
}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    s = sorted(xs)
    med = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
    return mean, math.sqrt(var), med, min(xs), max(xs)

print(f"{'City':<7}{'mean':>8}{'sd':>8}{'median':>8}{'min':>7}{'max':>7}{'range':>7}  warmest")
for city, xs in sorted(READINGS.items()):
    mean, sd, med, lo, hi = stats(xs)
    warm = MONTHS[xs.index(hi)]
    print(f"{city:<7}{mean:>8.2f}{sd:>8.3f}{med:>8.3f}{lo:>7.1f}{hi:>7.1f}{hi - lo:>7.2f}  {warm}")
print()
print("month " + "".join(f"{c:>7}" for c in READINGS))
for i, m in enumerate(MONTHS):
    vals = [READINGS[c][i] for c in READINGS]
    hottest = max(READINGS, key=lambda c: READINGS[c][i])
    print(f"{m:<6}" + "".join(f"{v:>7.2f}" for v in vals) + f"  <- {hottest}")
f = {c: [round(x * 9 / 5 + 32, 1) for x in xs] for c, xs in READINGS.items()}
print("Oslo F:", f["Oslo"])
spark = " .:-=+*#%@"
for city, xs in READINGS.items():
    lo, hi = min(xs), max(xs)
    line = "".join(spark[int((x - lo) / (hi - lo) * (len(spark) - 1)) if hi > lo else 0] for x in xs)
    print(f"{city:>6} |{line}|")
