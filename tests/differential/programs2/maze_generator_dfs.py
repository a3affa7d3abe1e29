import random

def make_maze(w, h, seed):
    rng = random.Random(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        options = [(dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        dx, dy = rng.choice(options)
        nx, ny = x + dx, y + dy
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid

def solve(grid):
    start, goal = (1, 1), (len(grid) - 2, len(grid[0]) - 2)
    prev = {start: None}
    queue = [start]
    for cur in queue:
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == " " and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    node, length = goal, 0
    while node != start:
        r, c = node
        grid[r][c] = "."
        node = prev[node]
        length += 1
    grid[1][1] = "S"
    grid[goal[0]][goal[1]] = "E"
    return length

for seed in (1, 2):
    maze = make_maze(8, 5, seed)
    n = solve(maze)
    print(f"seed {seed}: path length {n}")
    print("\n".join("".join(row) for row in maze))
