memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = v
    return v
print(paths(2, 2), paths(10, 10), paths(16, 16))
print(len(memo))
print(sorted(memo.items())[:5])
