def countdown(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return countdown(n - 1)
countdown(25)
