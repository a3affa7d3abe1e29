"""This module's docstring.

It becomes __doc__ before the body runs."""
import _documented_mod
import _helper

print(repr(__doc__))
print(_documented_mod.__doc__, _documented_mod.VALUE)
print(_helper.__doc__ is None or isinstance(_helper.__doc__, str))


def f():
    """f's docstring"""
    return __doc__.splitlines()[0]


print(f(), f.__doc__)
