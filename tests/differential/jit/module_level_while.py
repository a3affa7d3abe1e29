# Hot loops at module level (no function): while loops mutating globals of
# changing types, nested loops, and a for/else.

i = 0
total = 0
fsum = 0.0
text = ""
items = []
while i < 20000:
    total += i
    if i % 3 == 0:
        fsum += 0.5
    if i % 1000 == 0:
        text += str(i // 1000)
        items.append(total)
    i += 1
print(i, total, fsum, text)
print(items[:4], items[-1])

# a global whose type changes mid-loop
acc = 0
n = 0
while n < 6000:
    acc = acc + n
    if n == 2000:
        acc = float(acc)
    elif n == 4000:
        acc = int(acc) * 2 ** 64
    n += 1
print(acc, type(acc).__name__)

# loop variables that are reassigned to unrelated types
k = 0
while k < 3000:
    k += 1
    if k == 1500:
        label = "half"
    elif k == 2999:
        label = label * 2
print(k, label)

# nested while with break/continue and else clauses
found = []
a = 2
while a < 300:
    b = 2
    while b * b <= a:
        if a % b == 0:
            break
        b += 1
    else:
        found.append(a)
    a += 1
print(len(found), found[-5:])

j = 0
skipped = 0
while True:
    j += 1
    if j % 2:
        skipped += 1
        continue
    if j > 5000:
        break
print(j, skipped)

# for loop at module level over a range crossing 2**63
big_total = 0
for v in range(2 ** 63 - 1000, 2 ** 63 + 1000):
    big_total += v & 0xFF
print(big_total)
for v in range(10):
    pass
else:
    print("for-else ran, v =", v)

# globals read by a function while the module loop keeps changing them
factor = 1


def scaled(x):
    return x * factor


out = 0
step = 0
while step < 4000:
    out += scaled(step)
    if step == 1000:
        factor = 2.5
    elif step == 2000:
        factor = -1
    elif step == 3000:
        factor = 10 ** 20
    step += 1
print(out)
del factor
try:
    scaled(1)
except NameError as e:
    print("NameError:", e)
