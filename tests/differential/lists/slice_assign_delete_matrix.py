base = list(range(8))
def show(label, fn):
    l = base[:]
    try:
        fn(l)
        print(f"{label:<28} {l}")
    except (ValueError, TypeError, IndexError) as e:
        print(f"{label:<28} {type(e).__name__}: {e}")
def assign(s, v):
    def f(l):
        l[s] = v
    return f
def delete(s):
    def f(l):
        del l[s]
    return f
show("l[2:5] = []", assign(slice(2, 5), []))
show("l[2:2] = 'ab'", assign(slice(2, 2), "ab"))
show("l[:0] = [-1]", assign(slice(None, 0), [-1]))
show("l[len:] = [8, 9]", assign(slice(8, None), [8, 9]))
show("l[5:2] = ['x']", assign(slice(5, 2), ["x"]))
show("l[-3:] = range(2)", assign(slice(-3, None), range(2)))
show("l[::2] = 'abcd'", assign(slice(None, None, 2), "abcd"))
show("l[::2] = 'abc'", assign(slice(None, None, 2), "abc"))
show("l[::-1] = range(8)", assign(slice(None, None, -1), range(8)))
show("l[6:1:-2] = 'xyz'", assign(slice(6, 1, -2), "xyz"))
show("l[1:7:3] = [0]", assign(slice(1, 7, 3), [0]))
show("l[::3] = []", assign(slice(None, None, 3), []))
show("l[1:3] = l", lambda l: l.__setitem__(slice(1, 3), l))
show("del l[::2]", delete(slice(None, None, 2)))
show("del l[::-3]", delete(slice(None, None, -3)))
show("del l[2:-2]", delete(slice(2, -2)))
show("del l[5:2]", delete(slice(5, 2)))
show("del l[-100:100]", delete(slice(-100, 100)))
show("del l[1:6:0]", delete(slice(1, 6, 0)))
show("del l[10]", lambda l: l.__delitem__(10))
l = base[:]
l[1:3], l[5:] = "AB", []
print(l)
l = base[:]
l[:] = l[::-1]
del l[len(l) // 2:]
print(l)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [7, 7]
for row in grid[::2]:
    row[::3] = [1, 1]
print(grid)
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
del ba[::2]
print(ba)
