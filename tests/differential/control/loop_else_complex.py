def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
def primes(limit):
    out = []
    n = 2
    while len(out) < limit:
        for p in out:
            if p * p > n:
                out.append(n)
                break
            if n % p == 0:
                break
        else:
            out.append(n)
        n += 1
    return out
print(primes(15))
count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while else ran", count)
for x in []:
    print("never")
else:
    print("for else on empty")
i = 0
while True:
    i += 1
    try:
        if i < 3:
            continue
        break
    finally:
        print("finally", i)
print("i =", i)
for outer in range(3):
    for inner in range(3):
        if (outer + inner) == 3:
            print("found", outer, inner)
            break
    else:
        print("no match for", outer)
        continue
    print("breaking outer")
    break
