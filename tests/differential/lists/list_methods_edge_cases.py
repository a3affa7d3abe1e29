lst = [1, 2, 3, 2, 1]
print(lst.index(2), lst.index(2, 2), lst.index(1, -1), lst.count(2), lst.count(9))
try:
    lst.index(2, 4)
except ValueError as e:
    print("ValueError:", e)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
lst.insert(-100, "very-first")
print(lst)
lst.remove(2)
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
lst.extend(range(3))
lst.extend("ab")
lst += (9,)
print(lst)
try:
    lst + (1,)
except TypeError as e:
    print("TypeError:", e)
lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.clear()
print(lst, len(lst))
a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
m = [1, 2, 3]
m[1:2] = [20, 21, 22]
print(m)
m[:] = m[::-1]
print(m)
print([1, 2] * 0, [] * 5, [None] * 2, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
x = [1, 2, 3]
x.append(x)
print(x, len(x), x[3][3][0])
print(list(range(5)).__len__(), [3, 1, 2].__contains__(2), [1, 2].__getitem__(-1))
c = [5, 3, 1]
print(c.sort(reverse=True) or c, list(reversed(c)), c[::-1] == list(reversed(c)))
try:
    [1, 2][2]
except IndexError as e:
    print("IndexError:", e)
try:
    lst = [1]
    lst[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    one = [1]
    one["a"]
except TypeError as e:
    print("TypeError:", e)
print([0] * 3 == [0, 0, 0], [1, [2]] == [1, [2]], [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
