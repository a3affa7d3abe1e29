# itertools.product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1], repeat=2)))
print(list(product()), list(product([], [1])), list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError:', e)

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 0)), list(permutations('ab', 3)), list(permutations('')))
print(list(permutations('AAB', 2)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
perms = list(permutations(range(5)))
print(perms == sorted(perms), perms[:3], perms[-2:])

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement('ab', 0)))

for make in [lambda: permutations('ab', -1), lambda: combinations('ab', -1),
             lambda: combinations_with_replacement('ab', -2)]:
    try:
        make()
    except ValueError as e:
        print('ValueError:', e)
try:
    permutations('ab', 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    combinations('ab', 1.5)
except TypeError as e:
    print('TypeError:', e)

# Each input is read once, up front, so iterators work too.
print(list(product(iter('ab'), iter([1, 2]))))
print(list(combinations(iter(range(4)), 2)))

# Classic uses.
coins = [1, 2, 5]
ways = sum(1 for combo in product(range(6), range(3), range(2))
           if combo[0] * coins[0] + combo[1] * coins[1] + combo[2] * coins[2] == 5)
print(ways)
print([''.join(p) for p in permutations('cat')])
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5])
