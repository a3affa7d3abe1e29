"""`X | Y` of types (PEP 604): types.UnionType, built by the runtime through `_union`."""

NoneType = type(None)


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

    __module__ = "types"

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
