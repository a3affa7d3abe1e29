"""Abstract Base Classes (Molt's implementation of CPython's abc module).

Molt has no metaclasses, so ABCMeta is not available: inherit from ABC
instead.  A subclass of ABC that still has abstract methods cannot be
instantiated.  Virtual subclasses (ABC.register) are not supported.
"""

__all__ = ['ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the class inherits from ABC.  A class that has abstract
    methods cannot be instantiated unless all of its abstract methods are
    overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for part in (value.fget, value.fset, value.fdel):
            if part is not None and getattr(part, '__isabstractmethod__', False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def abstractclassmethod(callable):
    """A decorator indicating abstract classmethods (deprecated)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A decorator indicating abstract staticmethods (deprecated)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A decorator indicating abstract properties (deprecated)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC:
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)

    def __new__(cls, /, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s without an implementation "
                "for abstract method%s %s"
                % (cls.__name__, 's' if len(names) > 1 else '',
                   ', '.join("'%s'" % name for name in names)))
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('%s() takes no arguments' % cls.__name__)
        return object.__new__(cls)


_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token."""
    return _abc_invalidation_counter
