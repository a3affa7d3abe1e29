N = 60
composite = set()
for i in range(2, N):
    if i not in composite:
        for j in range(i * i, N, i):
            composite.add(j)
primes = set(range(2, N)) - composite
print(sorted(primes))
print(primes)
twin = {(p, p + 2) for p in primes if p + 2 in primes}
print(sorted(twin))
