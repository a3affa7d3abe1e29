# A TypeError from an augmented assignment names the augmented operator (`+=`, `**=`, ...),
# except where the sequence types word it their own way.
cases = [
    ("x = 1; x += 'a'", {}),
    ("x = 1; x -= 'a'", {}),
    ("x = 2; x **= 'a'", {}),
    ("x = 2; x //= 'a'", {}),
    ("x = 2; x %= []", {}),
    ("x = 2; x <<= 1.5", {}),
    ("x = 2.5; x |= 1", {}),
    ("x = 'a'; x += 1", {}),
    ("x = (1,); x += 1", {}),
    ("x = [1]; x *= 1.5", {}),
    ("x = None; x += 1", {}),
]


def run(src):
    x = None
    try:
        if "+=" in src and src.startswith("x = 1;"):
            x = 1
            x += "a"
        elif "-=" in src:
            x = 1
            x -= "a"
        elif "**=" in src:
            x = 2
            x **= "a"
        elif "//=" in src:
            x = 2
            x //= "a"
        elif "%=" in src:
            x = 2
            x %= []
        elif "<<=" in src:
            x = 2
            x <<= 1.5
        elif "|=" in src:
            x = 2.5
            x |= 1
        elif src.startswith("x = 'a'"):
            x = "a"
            x += 1
        elif src.startswith("x = (1,)"):
            x = (1,)
            x += 1
        elif src.startswith("x = [1]"):
            x = [1]
            x *= 1.5
        else:
            x = None
            x += 1
    except TypeError as e:
        return str(e)
    return "no error"


for src, _ in cases:
    print(src, "->", run(src))
print(2 ** 3, end=" ")
try:
    y = 2
    y = y ** "a"
except TypeError as e:
    print(e)
total = 0
total += 5
total -= "five"
