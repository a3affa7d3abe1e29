# Board-game solver: sudoku with constraint propagation (candidate bitsets) and depth-first search over a puzzle set

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
    ".2.4.37.........32........4.4.2...7.8...5.........1...5.....9...3.9....7..1..86..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + i) * 9 + bc * 3 + j for i in range(3) for j in range(3)]
         for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
PEERS = []
for cell in range(81):
    ps = set()
    for unit in UNITS:
        if cell in unit:
            ps.update(unit)
    ps.discard(cell)
    PEERS.append(sorted(ps))
CELL_UNITS = [[u for u in UNITS if cell in u] for cell in range(81)]
ALL = 0x1FF
POPCOUNT = [bin(m).count("1") for m in range(512)]
BIT_VALUE = {1 << d: d + 1 for d in range(9)}


class Solver:
    def __init__(self):
        self.nodes = 0

    def assign(self, cand, cell, bit):
        others = cand[cell] & ~bit
        d = 1
        while others:
            if others & 1:
                if not self.eliminate(cand, cell, 1 << (d - 1)):
                    return False
            others >>= 1
            d += 1
        return True

    def eliminate(self, cand, cell, bit):
        if not cand[cell] & bit:
            return True
        cand[cell] &= ~bit
        left = cand[cell]
        if left == 0:
            return False
        if POPCOUNT[left] == 1:
            for p in PEERS[cell]:
                if not self.eliminate(cand, p, left):
                    return False
        for unit in CELL_UNITS[cell]:
            places = [c for c in unit if cand[c] & bit]
            if not places:
                return False
            if len(places) == 1 and cand[places[0]] != bit:
                if not self.assign(cand, places[0], bit):
                    return False
        return True

    def parse(self, text):
        cand = [ALL] * 81
        for i, ch in enumerate(text):
            if ch != ".":
                if not self.assign(cand, i, 1 << (int(ch) - 1)):
                    return None
        return cand

    def search(self, cand):
        self.nodes += 1
        best = -1
        best_n = 10
        for i in range(81):
            n = POPCOUNT[cand[i]]
            if 1 < n < best_n:
                best = i
                best_n = n
        if best < 0:
            return cand
        m = cand[best]
        while m:
            bit = m & -m
            m ^= bit
            trial = list(cand)
            if self.assign(trial, best, bit):
                result = self.search(trial)
                if result is not None:
                    return result
        return None


def render(cand):
    return "".join(str(BIT_VALUE[c]) for c in cand)


def valid(grid):
    for unit in UNITS:
        if sorted(grid[c] for c in unit) != list("123456789"):
            return False
    return True


def generate(count, blanks, seed):
    """Derive puzzles from a pattern grid: relabel digits, shuffle rows in bands, blank cells."""
    state = seed
    out = []
    for _ in range(count):
        digits = list("123456789")
        for i in range(8, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = state % (i + 1)
            digits[i], digits[j] = digits[j], digits[i]
        rows = []
        for band in range(3):
            order = [0, 1, 2]
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            k = state % 3
            order[0], order[k] = order[k], order[0]
            rows.extend(band * 3 + o for o in order)
        cells = []
        for r in rows:
            for c in range(9):
                cells.append(digits[(r * 3 + r // 3 + c) % 9])
        removed = 0
        while removed < blanks:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            pos = (state >> 7) % 81
            if cells[pos] != ".":
                cells[pos] = "."
                removed += 1
        out.append("".join(cells))
    return out


def main():
    total_nodes = 0
    checksum = 0
    puzzles = PUZZLES + generate(560, 60, 2024)
    for rep in range(2):
        for idx, puzzle in enumerate(puzzles):
            solver = Solver()
            cand = solver.parse(puzzle)
            solved = solver.search(cand)
            grid = render(solved)
            total_nodes += solver.nodes
            for ch in grid:
                checksum = (checksum * 10 + ord(ch) - 48) % 1000000007
            if rep == 0 and idx % 40 == 0:
                print("puzzle %d nodes=%d valid=%s %s" % (idx, solver.nodes, valid(grid), grid[:27]))
    print("total nodes", total_nodes, "checksum", checksum)


main()
