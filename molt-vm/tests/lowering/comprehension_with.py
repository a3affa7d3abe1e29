def h(path, rows):
    with open_it(path) as f:
        squares = [r * r for r in rows if r > 0]
        pairs = {k: v for k, v in zip(rows, squares)}
    return f"{len(pairs):>4} {squares!r}"
