# The caller's handled exception does not leak into the generator and vice versa.
def gen():
    yield 1
    try:
        raise
    except Exception as e:
        yield f"bare raise in gen: {type(e).__name__} {e}"

g = gen()
try:
    raise KeyError("caller")
except KeyError:
    print(next(g))
    print(next(g))

def gen2():
    try:
        raise ValueError("gen-side")
    except ValueError:
        yield "suspended in handler"
        yield "resumed in handler"

h = gen2()
print(next(h))
try:
    raise
except RuntimeError as e:
    print("caller bare raise:", e)
print(next(h))
