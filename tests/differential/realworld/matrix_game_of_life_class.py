class Board:
    def __init__(self, rows):
        self.cells = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
        self.h, self.w = len(rows), max(len(r) for r in rows)
        self.generation = 0

    def neighbors(self, cell):
        r, c = cell
        return sum((r + dr, c + dc) in self.cells for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)

    def step(self):
        candidates = {(r + dr, c + dc) for r, c in self.cells for dr in (-1, 0, 1) for dc in (-1, 0, 1)}
        new = set()
        for cell in candidates:
            r, c = cell
            if not (0 <= r < self.h and 0 <= c < self.w):
                continue
            n = self.neighbors(cell)
            if n == 3 or (n == 2 and cell in self.cells):
                new.add(cell)
        changed = new != self.cells
        self.cells = new
        self.generation += 1
        return changed

    def __str__(self):
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(self.w)) for r in range(self.h))

    def bbox(self):
        if not self.cells:
            return None
        rs = [r for r, _ in self.cells]
        cs = [c for _, c in self.cells]
        return min(rs), min(cs), max(rs), max(cs)


b = Board(["..........", "...#......", "....#.....", "..###.....", "..........", "......##..", "......##..", ".........."])
seen = {}
for _ in range(12):
    key = frozenset(b.cells)
    if key in seen:
        print("cycle detected at generation", b.generation, "first seen", seen[key])
        break
    seen[key] = b.generation
    if b.generation % 4 == 0:
        print(f"gen {b.generation} pop {len(b.cells)} bbox {b.bbox()}")
        print(b)
    if not b.step():
        print("stable at", b.generation)
        break
blinker = Board([".....", "..#..", "..#..", "..#..", "....."])
states = []
for _ in range(4):
    states.append(str(blinker).replace("\n", "/"))
    blinker.step()
print(states, states[0] == states[2])
empty = Board(["...", "..."])
print(empty.step(), empty.bbox(), empty.generation)
