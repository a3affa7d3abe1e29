# -(2**63) is the most negative 64-bit integer; % -1 and divmod by -1 must not overflow.
a = -(2 ** 63)
print(a // -1)
print(a % -1)
print(divmod(a, -1))
print((-9223372036854775807 - 1) % -1)
values = [a, a + 1, a - 1, -a, 2 ** 63 - 1]
for v in values:
    print(v, v % -1, v // -1, divmod(v, -1), v % 1, -v % -1)
