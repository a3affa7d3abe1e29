vals = [0, 7, -7, 255, 123456789, -0.0, 3.14159, -2.5, 1e-7, 1.5e300, float("inf"), float("nan")]
for v in vals[:5]:
    print(f"[{v:>8}] [{v:<8}] [{v:^8}] [{v:08}] [{v:+}] [{v: }] [{v:,}] [{v:_}] [{v:x}] [{v:#o}] [{v:#b}] [{v:#X}]")
for v in vals[5:]:
    print(f"[{v:>10}] [{v:<10.3}] [{v:^+12.2f}] [{v:e}] [{v:.3g}] [{v:%}] [{v:010.2f}]")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{'abc':*^9} {'abc':->7} {'abc':.<7} {'abcdef':.3} {'abcdef':>8.2}")
print(f"{42:=+8} {-42:=8} {42:=08} {3.5:=+10.2f}")
print(f"{'x'!r:>5} {'x'!s:>5} {'é'!a}")
width, prec = 12, 4
print(f"[{3.14159265:{width}.{prec}f}] [{'mid':^{width}}] [{255:{'#x' if width > 5 else 'd'}}]")
print("{:{fill}{align}{w}}".format("hi", fill="~", align="^", w=10))
print("{0:{1}}|{0:>{2}}".format("z", 4, 6))
print(format(12345, "n"), format(0.1, ".17g"), format(1/3, ".20f"))
print(format(True, "d"), format(True, ">5"), format(False), f"{True!s:>6}")
print(f"{10**20:e} {10**20:,} {-(10**20):.3e}")
print(f"{2**64:x} {-255:x} {-255:#x} {255:c}{65:c}")
print(f"{0.000012345:g} {123456789.0:g} {1e16:g} {1e15:g} {12345.678:.2g}")
print(f"{0.1 + 0.2!r} {1e22!r} {1e-5!r} {123456789012345678.0!r}")
print("{:5}|{:<5}|{:>5}".format(True, None, "s") if False else "{:>5}|{:<5}".format(1, "s"))
print(f"{{literal}} {{{1 + 1}}} {'{'}")
x = 5
print(f"{x=} {x * 2 = } {x=:>4} {'s'=!r}")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError:", e)
