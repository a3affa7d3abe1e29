def collatz_steps(n):
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz_steps(n) for n in range(1, 16)], max(range(1, 1000), key=collatz_steps))


def binary_search(xs, target):
    lo, hi = 0, len(xs)
    probes = []
    while lo < hi:
        mid = (lo + hi) // 2
        probes.append(mid)
        if xs[mid] < target:
            lo = mid + 1
        elif xs[mid] > target:
            hi = mid
        else:
            return mid, probes
    return -(lo + 1), probes


xs = list(range(0, 100, 7))
for t in [0, 49, 50, 98, 200, -1]:
    print(t, binary_search(xs, t))
i, j = 0, 10
pairs = []
while (i := i + 1) < (j := j - 1):
    if (i + j) % 3 == 0:
        continue
    pairs.append((i, j))
print(pairs, i, j)
data = [5, 3, 8, 1, 9, 2]
while data and data[-1] < 5:
    data.pop()
print(data)
n = 0
while True:
    n += 1
    if n % 7 == 0 and n % 5 == 0:
        break
print(n)
stack = [[1, [2, 3]], [4, [5, [6]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
