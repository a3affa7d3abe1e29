name = "Ada"
n = 42
x = 3.14159
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}]")
print(f"[{n:5}] [{n:<5}] [{n:05}] [{n:+}] [{-n:+}] [{n: }] [{n:x}] [{n:#o}] [{n:c}]")
print(f"{x:.3f} {x:8.2f}| {x:<8.2f}| {x:e} {x:.2%}")
print(f"{n=} {x=:.2f} {name = }")
w = 10
p = 3
print(f"[{x:{w}.{p}f}] [{name:>{w}}]")
print(f"{{literal}} {n * 2} {'nested' + '!'} {[1, 2][1]}")
print(f"{1234567.891:,.1f} {1234567:_d} {0.5:.0%}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'multi'}" f"{'part'}", f"{n:>{w}d}|")
print(f"{True} {None} {[1, 'a']} {(1,)}")
print(f"{'x':=^5} {-3:=6} {3:06.2f}")
