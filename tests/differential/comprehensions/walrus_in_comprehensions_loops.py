data = [3, 8, 1, 9, 4, 7]
print([y for x in data if (y := x * 3) > 10], y)
print([(x, last := x) for x in "abc"], last)
running = 0
print([running := running + x for x in data], running)
print(any((hit := x) > 8 for x in data), hit)
print(all((miss := x) < 8 for x in data), miss)
stack = [1, 2, 3, 4]
popped = []
while (top := stack.pop() if stack else None) is not None:
    popped.append(top)
print(popped, top)
lines = iter(["a", "b", "", "c"])
while line := next(lines, None):
    print("line", line)
print("stopped at", repr(line))
def chunks(seq, n):
    it = iter(seq)
    out = []
    while chunk := [x for _, x in zip(range(n), it)]:
        out.append(chunk)
    return out
print(chunks(range(7), 3))
if (n := len(data)) > 5:
    print(f"{n} items")
matches = {w: m for w in ["apple", "bob", "level"] if (m := w == w[::-1])}
print(matches)
nested = [[(s := i + j) for j in range(2)] for i in range(2)]
print(nested, s)
def f():
    [z := k for k in range(3)]
    return z
print(f())
print((v := 10) + v, v)
values = [(total := 0)] + [total := total + i for i in range(1, 4)]
print(values)
