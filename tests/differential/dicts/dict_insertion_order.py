d = {}
for k in ["banana", "apple", "cherry", "apple", "date"]:
    d[k] = d.get(k, 0) + 1
print(d)
del d["banana"]
d["banana"] = 5
print(list(d))
d["apple"] = 100
print(list(d.items()))
nums = {}
for i in (5, 3, 9, 1, 7, 3, 5):
    nums[i] = i * i
print(nums, list(nums.keys()))
print({k: v for k, v in sorted(nums.items(), key=lambda kv: -kv[1])})
