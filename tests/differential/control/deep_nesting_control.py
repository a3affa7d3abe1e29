result = []
for a in range(3):
    if a == 1:
        continue
    for b in range(3):
        k = 0
        while k < 3:
            k += 1
            if (a + b + k) % 2:
                continue
            if b == 2 and k == 2:
                break
            result.append((a, b, k))
        else:
            result.append(("done", a, b))
print(result)
print(len(result))
