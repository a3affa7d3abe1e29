import math

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out

primes = sieve(1000)
print("count < 1000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin pairs:", len(twins), twins[:6])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print("gap histogram:", dict(sorted(gaps.items())))
for n in (360, 97, 1001, 2 ** 31 - 1, 600851475143, 1234567890):
    f = factorize(n)
    pretty = " * ".join(f"{p}^{f.count(p)}" if f.count(p) > 1 else str(p) for p in sorted(set(f)))
    print(f"{n:>13,} = {pretty}")
goldbach = {}
pset = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print("goldbach:", list(goldbach.items())[:10])
