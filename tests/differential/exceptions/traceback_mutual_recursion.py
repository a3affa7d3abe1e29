def ping(n):
    if n <= 0:
        return {}["missing"]
    return pong(n - 1)
def pong(n):
    return ping(n - 1)
ping(6)
