# Big-int arithmetic: streaming pi spigot, Machin-formula pi and series for e in fixed point (huge ints, //, *, divmod)
import sys


def pi_spigot(count):
    """Gibbons-style unbounded spigot: yields decimal digits of pi one at a time."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def arctan_inv(x, unity):
    """arctan(1/x) * unity using the alternating Taylor series on big ints."""
    total = term = unity // x
    x2 = x * x
    k = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // k)
        sign = -sign
        k += 2
    return total


def pi_machin(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def e_series(digits):
    unity = 10 ** (digits + 10)
    total = 0
    term = unity
    k = 1
    while term:
        total += term
        term //= k
        k += 1
    return total // 10 ** 10


def digit_string(n):
    # avoid str() of huge ints beyond CPython's int->str limit by chunking
    chunks = []
    base = 10 ** 500
    while n:
        n, rem = divmod(n, base)
        chunks.append(rem)
    out = str(chunks[-1])
    for c in reversed(chunks[:-1]):
        out += "%0500d" % c
    return out


N_SPIGOT = 4000
digits = []
for d in pi_spigot(N_SPIGOT):
    digits.append(d)
spig = "".join(str(d) for d in digits)

machin = digit_string(pi_machin(30000))
e_str = digit_string(e_series(20000))

checksum = 0
for ch in machin:
    checksum = (checksum * 10 + ord(ch) - 48) % 1000000007

counts = [0] * 10
for ch in spig:
    counts[ord(ch) - 48] += 1

print("spigot digits", len(spig), spig[:20], "...", spig[-20:])
print("spigot agrees with machin:", machin[:len(spig)] == spig)
print("digit counts", counts)
print("machin", len(machin), machin[-30:], "checksum", checksum)
print("e", len(e_str), e_str[:20], e_str[-30:])
big = 3 ** 5000 * 7 ** 3000 + 1
q, r = divmod(big, 10 ** 1000 + 7)
print("divmod", r % 1000000007, q.bit_length(), (big * big).bit_length())
sys.stdout.flush()
