x = "module"
class Config:
    x = "class"
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]
    first = [x for _ in range(1)]
    lookup = {n: len(n) for n in names}
    try:
        broken = [names[0] + n for n in names]
    except NameError as e:
        err = str(e)
print(Config.upper, Config.pairs, Config.first, Config.lookup)
print(Config.broken if hasattr(Config, "broken") else Config.err)
def f():
    y = 10
    class Inner:
        y = 20
        vals = [y for _ in range(2)]
        direct = y
    return Inner.vals, Inner.direct
print(f())
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
gen = (j for j in range(3))
print(list(gen))
try:
    print(j)
except NameError as e:
    print("NameError:", e)
total = 0
res = [total := total + v for v in range(5)]
print(res, total)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
flat = [c for word in ["ab", "cd"] for c in word if c != "c"]
print(flat)
print({k: v for k, v in zip("abc", range(3)) if v}, {c.upper() for c in "hello"} == set("HELO"))
