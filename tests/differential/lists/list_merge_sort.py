def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    data.append(seed % 1000)
print(data)
res = merge_sort(data)
print(res)
print(res == sorted(data))
