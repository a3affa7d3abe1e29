def rule_table(rule):
    return {(a, b, c): (rule >> (a * 4 + b * 2 + c)) & 1
            for a in (0, 1) for b in (0, 1) for c in (0, 1)}

def run(rule, width, steps):
    table = rule_table(rule)
    cells = [0] * width
    cells[width // 2] = 1
    history = [cells]
    for _ in range(steps):
        prev = history[-1]
        nxt = [table[(prev[i - 1], prev[i], prev[(i + 1) % width])] for i in range(width)]
        history.append(nxt)
    return history

for rule in (30, 90, 110):
    print(f"Rule {rule} ({rule:08b})")
    hist = run(rule, 31, 12)
    for row in hist:
        print("".join(" *"[c] for c in row).rstrip())
    print("live per row:", [sum(r) for r in hist])
center = [row[15] for row in run(30, 31, 15)]
print("rule 30 center column:", "".join(map(str, center)))
print("as int:", int("".join(map(str, center)), 2))
