# The script's own types.py shadows the stdlib module; `X | None` of types still builds a
# union (the runtime's own module does not depend on the name `types`).
import types

print(types.X)


def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)


print(f(2), f(), int | None, type(int | None), isinstance(None, int | None))
