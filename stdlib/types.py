"""Names for built-in types (Molt's implementation of CPython's types module).

`X | Y` of types builds a UnionType (from _molt_unions): the runtime calls its `_union`
when an operand of `|` is a class and the other a class or None; isinstance() and
issubclass() accept the result.
"""

import sys as _sys

NoneType = type(None)
FunctionType = LambdaType = type(lambda: None)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(_sys)


def _gen():
    yield 1


GeneratorType = type(_gen())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C, _gen


# (Unions live in _molt_unions, which the runtime imports for `X | Y` of types, so that a
# program's own module named `types` does not stand in for them.)
from _molt_unions import UnionType, _union


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ["%s=%r" % (k, v) for k, v in self.__dict__.items()]
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
