log = []
def level(n):
    try:
        log.append(f"enter {n}")
        if n == 0:
            raise ValueError("bottom")
        level(n - 1)
    finally:
        log.append(f"finally {n}")
try:
    level(3)
except ValueError as e:
    log.append(f"caught {e}")
for line in log:
    print(line)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in gen_finally():
    print("got", v)
    break
print("after break")
