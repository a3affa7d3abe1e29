import sys
print("a", "b", sep=None, end=None)
print("c", 1, None, sep="", end="|\n")
print()
print(*[], sep="-")
print(*"xyz", sep=", ", end=".\n")
n = sys.stdout.write("written\n")
print(n)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("multi\nline", "tail", sep="\n--\n")
print(1, 2.5, [3], (4,), {5: 6}, {7}, None, True, "s", b"b")
class R:
    def __repr__(self):
        return "R()"
class S(R):
    def __str__(self):
        return "S-str"
print(R(), S(), [R(), S()], str(R()), f"{S()!r}")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("%s|%5s|%-5s|" % ("a", "b", "c"), end="")
print()
