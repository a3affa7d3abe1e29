"""Names for built-in types (Molt's implementation of CPython's types module).

`X | Y` of types builds a UnionType here: the runtime calls `_union` when an operand of
`|` is a class and the other a class or None; isinstance() and issubclass() accept the
result.
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


def _type_repr(obj):
    if obj is NoneType or obj is None:
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


class UnionType:
    """The type of `X | Y` for types X and Y."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return " | ".join([_type_repr(a) for a in self.__args__])


def _union(a, b):
    """`a | b` for types, None and unions: the union of their members in order, each once
    (a single member is answered as itself); NotImplemented for other operands."""
    members = []
    for x in (a, b):
        if isinstance(x, UnionType):
            parts = x.__args__
        elif x is None:
            parts = (NoneType,)
        elif isinstance(x, type):
            parts = (x,)
        else:
            return NotImplemented
        for p in parts:
            if p not in members:
                members.append(p)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))


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
