s = "0123456789"
for sl in [(None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -3), (-1, -5, -1), (2, 8, -1), (-3, None, -1), (None, -3, -1), (100, -100, -4), (-100, 100, 3), (5, 5, 1), (3, None, 2)]:
    print(sl, repr(s[slice(*sl)]))
print(s[::-1][::-1] == s, s[-1::-1], s[-2:-8:-2], s[9:0:-1], s[:0:-1])
lst = list(range(10))
print(lst[::-3], lst[7::-2], lst[-1:3:-2])
lst[::2] = "abcde"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst[1:4] = []
print(lst)
lst[:0] = [100, 101]
print(lst)
lst[len(lst):] = [999]
print(lst)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
lst[2:2] = "xy"
print(lst)
lst[::-1] = lst[:]
print(lst)
t = tuple(range(8))
print(t[::-2], t[5:1:-1], t[1:-1:3])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-10, 10).indices(3))
print(repr(slice(1, 2)), slice(None).start, slice(3).stop)
b = b"abcdef"
print(b[::-2], b[-1], b[1:3], bytearray(b)[::-1])
print(range(10)[::-3], range(10)[2:8:2], list(range(10)[::-3]), range(0, 20, 3)[-1], range(10)[-3:])
