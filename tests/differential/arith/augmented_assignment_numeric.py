total = 0
for i in range(1, 11):
    total += i * i
print(total)
p = 1
for i in range(1, 21):
    p *= i
print(p)
f = 1.0
for _ in range(10):
    f /= 2
print(f)
n = 1000
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print(steps)
m = 7
m **= 30
m %= 1000003
print(m)
bits = 0
for k in range(0, 20, 3):
    bits |= 1 << k
print(bits, bin(bits))
bits &= ~(1 << 6)
print(bits)
