# sys.setrecursionlimit takes a C int (OverflowError past it, ValueError below 1); lowering
# and raising the limit around deep recursion moves where RecursionError comes.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


for bad in (2**31, 2**32 - 1, -2**31 - 1, 2**100, 0, -5):
    try:
        sys.setrecursionlimit(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
d = depth(0)
print(sys.getrecursionlimit(), 400 < d < 500)
sys.setrecursionlimit(10**6)
sys.setrecursionlimit(1000)
for i in range(3):
    print(900 < depth(0) < 1000)
