LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None

nodes = 0

def minimax(b, player, memo):
    global nodes
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    nodes += 1
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    moves = [i for i in range(9) if b[i] == " "]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        b[m] = player
        score, _ = minimax(b, "O" if player == "X" else "X", memo)
        b[m] = " "
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    memo[key] = best
    return best

def show(b):
    rows = [" | ".join(b[i:i + 3]) for i in (0, 3, 6)]
    print("\n---------\n".join(rows))

board = [" "] * 9
memo = {}
player = "X"
turn = 0
while winner(board) is None and " " in board:
    score, move = minimax(board, player, memo)
    board[move] = player
    turn += 1
    print(f"turn {turn}: {player} -> {move} (eval {score:+d})")
    player = "O" if player == "X" else "X"
show(board)
print("result:", winner(board) or "draw", "| positions evaluated:", nodes, "| memo:", len(memo))
pos = list("XX OO    ")
print("X to move in", "".join(pos).replace(" ", "."), "->", minimax(pos, "X", {}))
pos = list("XO X O   ")
print("O to move in", "".join(pos).replace(" ", "."), "->", minimax(pos, "O", {}))
