# heapq.nlargest, nsmallest and merge
import heapq
import random

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(3, []), heapq.nsmallest(1, []))
print(heapq.nlargest(4, iter(nums)), heapq.nsmallest(4, iter(nums)))
print(heapq.nlargest(2, 'hello world'), heapq.nsmallest(3, 'hello world'))

portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(1, portfolio, key=lambda s: s['shares'])])

# Ties keep their original order, as sorted() does.
pairs = [('a', 1), ('b', 2), ('c', 1), ('d', 2), ('e', 3), ('f', 1), ('g', 3)]
for n in range(1, 8):
    print(n, heapq.nsmallest(n, pairs, key=lambda p: p[1]), heapq.nlargest(n, pairs, key=lambda p: p[1]))
    print(n, heapq.nsmallest(n, iter(pairs), key=lambda p: p[1]), heapq.nlargest(n, iter(pairs), key=lambda p: p[1]))

random.seed(7)
big = [random.randrange(1000) for _ in range(500)]
print(heapq.nlargest(5, big) == sorted(big, reverse=True)[:5], heapq.nsmallest(5, big) == sorted(big)[:5])
print(heapq.nlargest(7, iter(big)), heapq.nsmallest(7, iter(big)))
print(heapq.nsmallest(4, iter(big), key=lambda x: x % 97), heapq.nlargest(4, iter(big), key=lambda x: -x))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [6, 4, 3], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd', 'e'], key=len, reverse=True)))
left = [(1, 'L1'), (2, 'L2'), (2, 'L3')]
right = [(1, 'R1'), (2, 'R2')]
print(list(heapq.merge(left, right, key=lambda p: p[0])))
print(list(heapq.merge(right, left, key=lambda p: p[0], reverse=False)))
print(list(heapq.merge([3, 2, 2], [2, 1], key=lambda x: x, reverse=True)))

# merge is lazy.
log = []


def source(name, values):
    for v in values:
        log.append((name, v))
        yield v


m = heapq.merge(source('a', [1, 4, 9]), source('b', [2, 3, 10]))
print(next(m), next(m), log)
print(list(m), log)
