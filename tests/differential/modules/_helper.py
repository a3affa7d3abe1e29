"""Helper module for the modules tests (not a test itself)."""
GREETING = "hello from _helper"
calls = 0

def add(a, b):
    global calls
    calls += 1
    return a + b

def describe():
    return f"{__name__} has been called {calls} times"

class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Thing({self.v!r})"

def fail_deep(n):
    if n == 0:
        raise ValueError("failure inside helper module")
    return fail_deep(n - 1)

print("_helper imported")


class HelperError(Exception):
    """An exception class defined outside __main__."""


def strict_positive(x):
    if x <= 0:
        raise HelperError(f"expected a positive number, got {x}")
    return x
