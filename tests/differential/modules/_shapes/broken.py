def explode(depth):
    if depth == 0:
        return {"shape": "none"}["area"]
    return explode(depth - 1)
