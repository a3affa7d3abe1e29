def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, width, height):
    rows = []
    for y in range(height):
        rows.append("".join("#" if (x, y) in live else "." for x in range(width)))
    return "\n".join(rows)

W, H = 8, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(state)} alive")
    print(render(state, W, H))
    state = step(state, W, H)

state = set(glider)
for _ in range(32):
    state = step(state, W, H)
print("after 32 gens back to start:", state == glider)
print("sorted cells:", sorted(state))

blinker = {(1, 0), (1, 1), (1, 2)}
b2 = step(blinker, 5, 5)
print("blinker ->", sorted(b2))
print("period 2:", step(b2, 5, 5) == blinker)
