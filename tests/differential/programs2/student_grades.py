RAW = """alice:88,92,79,95
bob:72,65,80
carol:95,98,100,91,99
dave:
erin:55,61,49,70
frank:81,x,77
"""

def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

students = {}
problems = []
for line in RAW.strip().splitlines():
    name, _, scores = line.partition(":")
    if not scores:
        problems.append(f"{name}: no scores")
        continue
    try:
        students[name] = [int(s) for s in scores.split(",")]
    except ValueError as e:
        problems.append(f"{name}: {e}")

print(f"{'Name':<8}{'N':>3}{'Avg':>8}{'Min':>5}{'Max':>5}  Grade")
rows = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    rows.append((name, len(scores), avg, min(scores), max(scores), letter(avg)))
for r in sorted(rows, key=lambda r: -r[2]):
    print(f"{r[0].title():<8}{r[1]:>3}{r[2]:>8.2f}{r[3]:>5}{r[4]:>5}  {r[5]}")
print("problems:")
for p in problems:
    print("  -", p)
all_scores = sorted(s for scores in students.values() for s in scores)
n = len(all_scores)
median = all_scores[n // 2] if n % 2 else (all_scores[n // 2 - 1] + all_scores[n // 2]) / 2
print("median:", median, "n:", n)
dist = {}
for r in rows:
    dist[r[5]] = dist.get(r[5], 0) + 1
print("distribution:", " ".join(f"{g}={dist.get(g, 0)}" for g in "ABCDF"))
curve = {name: [min(100, s + 5) for s in scores] for name, scores in students.items()}
print("curved erin:", curve["erin"], letter(sum(curve["erin"]) / len(curve["erin"])))
