memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(100), fib(200))
print(len(memo))


def edit_distance(a, b):
    cache = {}

    def d(i, j):
        if (i, j) in cache:
            return cache[(i, j)]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        cache[(i, j)] = r
        return r

    return d(len(a), len(b))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit_distance(a, b))


def count_change(amount, coins):
    table = {}

    def ways(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in table:
            table[key] = ways(a - coins[i], i) + ways(a, i + 1)
        return table[key]

    return ways(amount, 0)


print(count_change(100, [1, 5, 10, 25, 50]), count_change(300, [2, 3, 7]))


def lcs(a, b):
    rows = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                rows[i][j] = rows[i - 1][j - 1] + a[i - 1]
            else:
                rows[i][j] = max(rows[i - 1][j], rows[i][j - 1], key=len)
    return rows[-1][-1]


print(repr(lcs("AGGTAB", "GXTXAYB")), repr(lcs("abcdef", "acf")))
