# Puzzle solving with itertools and memoization
from itertools import permutations, combinations, product, count, islice, cycle, chain
from functools import lru_cache, reduce
from collections import deque, Counter
import operator

# Magic squares of 1..9 (rows, columns and diagonals sum to 15).
def magic_squares():
    found = []
    for p in permutations(range(1, 10)):
        if p[4] != 5 or p[0] + p[1] + p[2] != 15:
            continue
        rows = [p[0:3], p[3:6], p[6:9]]
        cols = list(zip(*rows))
        if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in cols) \
                and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            found.append(p)
    return found


squares = magic_squares()
print(len(squares), squares[0])

# Subset sum.
nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, 4) for c in combinations(nums, r) if sum(c) == 9])

# Dice outcomes.
totals = Counter(sum(d) for d in product(range(1, 7), repeat=2))
print(sorted(totals.items()), totals.most_common(1))


@lru_cache(maxsize=None)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print([partitions(n, n) for n in range(1, 15)])


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance('kitten', 'sitting'), edit_distance('sunday', 'saturday'))


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(list(islice(primes(), 15)))

# Water jug puzzle via BFS.
def jugs(a, b, goal):
    start = (0, 0)
    seen = {start: None}
    q = deque([start])
    while q:
        x, y = q.popleft()
        if goal in (x, y):
            path = []
            state = (x, y)
            while state is not None:
                path.append(state)
                state = seen[state]
            return path[::-1]
        pour_xy = min(x, b - y)
        pour_yx = min(y, a - x)
        for nxt in [(a, y), (x, b), (0, y), (x, 0), (x - pour_xy, y + pour_xy), (x + pour_yx, y - pour_yx)]:
            if nxt not in seen:
                seen[nxt] = (x, y)
                q.append(nxt)
    return None


print(jugs(3, 5, 4))
print(list(islice(cycle('RGB'), 7)), reduce(operator.mul, range(1, 6)))
print(list(chain.from_iterable(combinations('abcd', r) for r in range(3)))[:8])
