def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n

p = next_prime(2 ** 61 + 12345)
q = next_prime(3 ** 40)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
print("p =", p)
print("q =", q)
print("n =", n, "bits:", n.bit_length())
print("gcd:", g, "d == pow(e, -1, phi):", d == pow(e, -1, phi))
msg = int.from_bytes("hello molt".encode(), "big")
c = pow(msg, e, n)
m2 = pow(c, d, n)
print("cipher:", c)
print("decrypted:", m2.to_bytes((m2.bit_length() + 7) // 8, "big").decode())
print("mersenne primes:", [k for k in range(2, 130) if is_probable_prime(2 ** k - 1)])
print("carmichael 561 prime?", is_probable_prime(561), "factors:", [f for f in (3, 11, 17) if 561 % f == 0])
