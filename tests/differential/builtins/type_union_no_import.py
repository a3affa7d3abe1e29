# `X | None` of types in a program that imports nothing (the runtime brings its union module).
def f(x: int | None = None) -> str | None:
    return str(x)
print(f(3), int | None, isinstance(3, int | str))
