grid = [[0] * 3 for _ in range(3)]
alias = grid
row = grid[1]
row[1] = 5
alias[2][0] = 7
print(grid)
copy_shallow = grid[:]
copy_shallow[0][0] = 9
copy_shallow[1] = "replaced"
print(grid, copy_shallow)
deep = [r[:] for r in grid]
deep[0][0] = -1
print(grid[0][0], deep[0][0])
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i < 5:
        lst.append(x * 10)
print(lst)
nums = list(range(10))
nums[2:5] = nums[7:]
print(nums)
nums[::3] = [0] * len(nums[::3])
print(nums)
a = [1, 2]
b = [a, a]
b[0].append(3)
print(b, b[0] is b[1])
q = []
q.append(q)
print(q, q[0] is q, len(q[0][0][0]))
m = [[1, 2], [3, 4]]
t = list(map(list, zip(*m)))
t[0][0] = 100
print(m, t)
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print(stack == [], len(stack))
lst = [3, 1, 2]
sorted_copy = sorted(lst)
lst.sort()
print(lst is not sorted_copy, lst == sorted_copy)
x = [0] * 5
x[1:3] = x[3:]
x += x[:1]
x *= 2
print(x, len(x))
