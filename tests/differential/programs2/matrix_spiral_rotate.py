def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out += m[top][left:right + 1]
        top += 1
        out += [m[r][right] for r in range(top, bottom + 1)]
        right -= 1
        if top <= bottom:
            out += m[bottom][left:right + 1][::-1]
            bottom -= 1
        if left <= right:
            out += [m[r][left] for r in range(bottom, top - 1, -1)]
            left += 1
    return out

def rotate(m):
    return [list(row) for row in zip(*m[::-1])]

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))

m = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
show(m)
print("spiral:", spiral(m))
r = rotate(m)
show(r)
print("rotate 4x == original:", rotate(rotate(rotate(rotate(m)))) == m)
sq = [[0] * 5 for _ in range(5)]
n, r, c, dr, dc = 1, 0, 0, 0, 1
for n in range(1, 26):
    sq[r][c] = n
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 5 and 0 <= nc < 5) or sq[nr][nc]:
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show(sq)
print("diagonals:", sum(sq[i][i] for i in range(5)), sum(sq[i][4 - i] for i in range(5)))
print("transpose symmetric:", [list(x) for x in zip(*sq)] == sq)
print("row sums:", [sum(row) for row in sq], "col max:", [max(col) for col in zip(*sq)])
