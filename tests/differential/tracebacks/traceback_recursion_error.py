def depth(n):
    return depth(n + 1) + 1


try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])


def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


print(countdown(200))
