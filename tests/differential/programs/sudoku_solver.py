PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
""".split()


def parse(rows):
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(board, r, c):
    used = set(board[r])
    used.update(board[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(board[i][j])
    return [v for v in range(1, 10) if v not in used]


steps = 0


def solve(board):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        steps += 1
        board[r][c] = v
        if solve(board):
            return True
    board[r][c] = 0
    return False


board = parse(PUZZLE)
print(solve(board), steps)
for row in board:
    print(" ".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in board))
print(all(sorted(board[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
