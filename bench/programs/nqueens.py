# Board-game solver: n-queens by backtracking (nested closure, set bookkeeping), symmetry reduction, bitmask counter; module-level driver

def solve_lists(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = [0] * n
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement[row] = c
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def canonical(sol):
    n = len(sol)
    forms = []
    cur = list(sol)
    for _ in range(4):
        # rotate 90 degrees: new[c] = n - 1 - row where sol[row] = c
        rot = [0] * n
        for r in range(n):
            rot[cur[r]] = n - 1 - r
        cur = rot
        forms.append(tuple(cur))
        forms.append(tuple(reversed(cur)))
    return min(forms)


results = []
for n in range(4, 12):
    sols = solve_lists(n)
    unique = {canonical(s) for s in sols}
    results.append((n, len(sols), len(unique), sols[0] if sols else None))

for n, total, uniq, first in results:
    print("n=%d solutions=%d unique=%d first=%s" % (n, total, uniq, first))

bit_total = 0
for rep in range(3):
    for n in range(8, 13):
        c = count_bits(n)
        bit_total += c
        if rep == 0:
            print("bitmask n=%d count=%d" % (n, c))
print("bitmask total", bit_total)
