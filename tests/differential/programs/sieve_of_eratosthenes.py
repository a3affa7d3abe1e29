def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(100000)
print(len(primes), primes[:20], primes[-5:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:10])
print(max(gaps))


def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


for n in [2, 360, 9973, 600851475143, 2 ** 20 - 1, 1234567890]:
    print(n, factorize(n))
goldbach = {}
for even in range(4, 60, 2):
    for p in primes:
        if even - p in set(primes[:50]):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
