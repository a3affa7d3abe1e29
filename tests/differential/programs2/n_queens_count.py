def queens(n):
    solutions = []
    cols = [0] * n

    def place(row, used_cols, d1, d2):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            used_cols.add(c)
            d1.add(row - c)
            d2.add(row + c)
            place(row + 1, used_cols, d1, d2)
            used_cols.remove(c)
            d1.remove(row - c)
            d2.remove(row + c)

    place(0, set(), set(), set())
    return solutions

def bitmask_count(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return total
    return go(0, 0, 0)

for n in range(1, 9):
    sols = queens(n)
    print(f"n={n}: {len(sols):3d} solutions, bitmask={bitmask_count(n)}")
first = queens(6)[0]
print("first 6-queens:", first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
eight = queens(8)
print("8-queens first/last:", eight[0], eight[-1])
symmetric = [s for s in eight if s == s[::-1]]
print("palindromic:", len(symmetric))
