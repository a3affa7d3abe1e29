GRID = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "#.#.#.##..",
    "..#...#..#",
    ".###.##...",
    "...#....#E",
]

def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c != -1:
            return r, c
    return None

def neighbors(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
            yield nr, nc

def bfs(start, goal):
    frontier = [start]
    came = {start: None}
    head = 0
    while head < len(frontier):
        cur = frontier[head]
        head += 1
        if cur == goal:
            break
        for n in neighbors(cur):
            if n not in came:
                came[n] = cur
                frontier.append(n)
    if goal not in came:
        return None
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1]

def dfs_count_regions():
    seen = set()
    regions = []
    for r in range(len(GRID)):
        for c in range(len(GRID[0])):
            if GRID[r][c] == "#" and (r, c) not in seen:
                stack = [(r, c)]
                size = 0
                seen.add((r, c))
                while stack:
                    cr, cc = stack.pop()
                    size += 1
                    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                        nr, nc = cr + dr, cc + dc
                        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] == "#" and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                regions.append(size)
    return regions

start, goal = find("S"), find("E")
print("start", start, "goal", goal)
path = bfs(start, goal)
print("path length:", len(path) - 1)
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "o"
print("\n".join("".join(row) for row in canvas))
print("wall regions:", sorted(dfs_count_regions(), reverse=True))
print("unreachable:", bfs(start, (0, 3)) is None, bfs(start, (1, 0)))
