"""Support for type hints (Molt's implementation of CPython's typing module).

The names exist so that annotations and typing-style helper code run: aliases
such as List[int] or Optional[str] can be built, compared and printed as
CPython prints them.  Molt does not record annotations, so the introspection
helpers only see what the program stores itself.  NamedTuple and TypedDict work in
class syntax (through __mro_entries__) and in their functional forms.
"""

import collections as _collections
import sys as _sys
from _molt_unions import UnionType as _UnionType

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
    'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
    'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
    'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
    'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """The repr of an object as it appears inside a typing alias."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj) is type(_type_repr):
        return obj.__name__
    return repr(obj)


def _convert(arg):
    # None stands for NoneType and a string for a forward reference.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        else:
            for p in getattr(arg, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """A special typing construct such as Any, Union or ClassVar."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, parameters)


class _GenericAlias:
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int], ..."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _convert(a) for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            base = 'typing.' + self._name
        else:
            base = _type_repr(self.__origin__)
        return '%s[%s]' % (base, self._args_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few', self,
                               len(args), len(params)))
        subst = dict(zip(params, (_convert(a) for a in args)))
        return self._copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


class _CallableGenericAlias(_GenericAlias):

    def _args_repr(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return '..., %s' % _type_repr(args[1])
        return '[%s], %s' % (', '.join(_type_repr(a) for a in args[:-1]),
                             _type_repr(args[-1]))


class _UnionGenericAlias(_GenericAlias):

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[args]


class _LiteralGenericAlias(_GenericAlias):

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._name = name
        self._inst = inst

    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):

    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _SpecialGenericAlias:
    """An unsubscripted generic such as List or Dict."""

    def __init__(self, origin, nparams, name, inst=True, alias_class=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._alias_class = alias_class

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams == 0:
            raise TypeError('%r is not a generic class' % (self,))
        if self._nparams > 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return self._alias_class(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _CallableType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., result)
        elif isinstance(args, list):
            flat = tuple(args) + (result,)
        else:
            raise TypeError('Callable[args, result]: args must be a list. Got %s'
                            % _type_repr(args))
        return _CallableGenericAlias(self.__origin__, flat, 'Callable', self._inst)


class _TupleType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ((),):
            params = ()
        return _GenericAlias(self.__origin__, params, 'Tuple', False)


# ---------------------------------------------------------------------------
# Special forms

def _any_getitem(self, params):
    raise TypeError('%r is not subscriptable' % (self,))


def _flatten_union(params):
    flat = []
    for p in params:
        p = _convert(p)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    return flat


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = _flatten_union(parameters)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), 'Union')


def _optional_getitem(self, parameter):
    return Union[parameter, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if p not in values:
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values), 'Literal')


def _single_getitem(self, parameter):
    if isinstance(parameter, tuple):
        if len(parameter) != 1:
            raise TypeError('%s accepts only single type.' % (self,))
        parameter = parameter[0]
    return _GenericAlias(self, (parameter,), self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _convert(params[0])
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Concatenate')


Any = _SpecialForm('Any', 'Special type indicating an unconstrained type.', _any_getitem)
NoReturn = _SpecialForm('NoReturn', 'Special type indicating functions that never return.')
Never = _SpecialForm('Never', 'The bottom type, a type that has no members.')
Self = _SpecialForm('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _SpecialForm('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _SpecialForm('TypeAlias', 'Special form for marking type aliases.')
ClassVar = _SpecialForm('ClassVar', 'Special type construct to mark class variables.',
                        _single_getitem)
Final = _SpecialForm('Final', 'Special typing construct to indicate final names.',
                     _single_getitem)
Union = _SpecialForm('Union', 'Union type; Union[X, Y] means either X or Y.',
                     _union_getitem)
Optional = _SpecialForm('Optional', 'Optional[X] is equivalent to Union[X, None].',
                        _optional_getitem)
Literal = _SpecialForm('Literal', 'Special typing form to define literal types.',
                       _literal_getitem)
TypeGuard = _SpecialForm('TypeGuard', 'Special typing construct for type guards.',
                         _single_getitem)
Required = _SpecialForm('Required', 'A special typing construct to mark a key of a '
                        'total=False TypedDict as required.', _single_getitem)
NotRequired = _SpecialForm('NotRequired', 'A special typing construct to mark a key '
                           'of a TypedDict as potentially missing.', _single_getitem)
Unpack = _SpecialForm('Unpack', 'Type unpack operator.', _single_getitem)
Annotated = _SpecialForm('Annotated', 'Add context-specific metadata to a type.',
                         _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', 'Used with Callable and ParamSpec.',
                           _concatenate_getitem)


# ---------------------------------------------------------------------------
# Type variables

class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)


class ParamSpec:
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class TypeVarTuple:
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class TypeAliasType:
    """Type alias (what the 'type X = ...' statement creates)."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params
        self.__module__ = '__main__'

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


# ---------------------------------------------------------------------------
# Generic and Protocol

class Generic:
    """Abstract base class for generic types.

    A generic type is typically declared by inheriting from this class
    parameterized with one or more type variables, e.g. class Stack(Generic[T]).
    Subscripting a generic class gives back the class itself in Molt.
    """

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            if not isinstance(params, tuple):
                params = (params,)
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % cls.__qualname__)
        return cls


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping)."""


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Aliases of concrete and abstract collection types

def _abc(name):
    # Stand-in for the collections.abc class of that name.
    return type(name, (), {'__module__': 'collections.abc'})


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableType(_abc('Callable'), 2, 'Callable')
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')

Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
ContextManager = _SpecialGenericAlias(_abc('AbstractContextManager'), 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_abc('AbstractAsyncContextManager'), 1,
                                           'AsyncContextManager')
Pattern = _SpecialGenericAlias(_abc('Pattern'), 1, 'Pattern')
Match = _SpecialGenericAlias(_abc('Match'), 1, 'Match')


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""


class TextIO(IO):
    """Typed version of the return of open() in text mode."""


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""


# ---------------------------------------------------------------------------
# NamedTuple, TypedDict, NewType (functional forms)

def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('Employee', [('name', str), ('id', int)])."""
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to '
                        'NamedTuple, not both')
    names = [name for name, _ in fields]
    cls = _collections.namedtuple(typename, names, module='__main__')
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleClass(_collections._NamedTupleBase):
    # What `class P(NamedTuple)` derives from (NamedTuple.__mro_entries__): each direct
    # subclass becomes a namedtuple whose fields are its annotated names, in order, with
    # the values assigned in the body as defaults.

    def __init_subclass__(cls, **kwargs):
        if _NamedTupleClass not in cls.__bases__:
            return
        if len(cls.__bases__) > 1:
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        ns = cls.__dict__
        types = dict(ns.get('__annotations__', {}))
        fields = list(types)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(fields[fields.index(name) - len(defaults):fields.index(name)])))
        made = _collections.namedtuple(cls.__name__, fields, defaults=defaults,
                                       module=cls.__module__)
        for key in ('__new__', '_make', '_replace', '_fields', '_field_defaults',
                    '__match_args__') + tuple(fields):
            setattr(cls, key, made.__dict__[key])
        if '__doc__' not in ns or ns['__doc__'] is None:
            cls.__doc__ = made.__doc__
        cls.__annotations__ = types
        cls._molt_base = cls


def _namedtuple_mro_entries(bases):
    return (_NamedTupleClass,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class _TypedDictClass:
    # What `class M(TypedDict)` derives from (TypedDict.__mro_entries__): calling such a
    # class makes a plain dict; the keys come from the annotations of it and its bases.

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        required = set()
        optional = set()
        for base in reversed(cls.__mro__[1:]):
            if '__total__' in base.__dict__:
                annotations.update(base.__dict__.get('__annotations__', {}))
                required |= base.__required_keys__
                optional |= base.__optional_keys__
        own = dict(cls.__dict__.get('__annotations__', {}))
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        cls.__new__ = staticmethod(_typeddict_new)
        cls.__annotations__ = annotations
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    fields = dict(fields)
    keys = frozenset(fields)
    ns = {
        '__new__': staticmethod(_typeddict_new),
        '__annotations__': fields,
        '__total__': total,
        '__required_keys__': keys if total else frozenset(),
        '__optional_keys__': frozenset() if total else keys,
        '__module__': '__main__',
    }
    return type(typename, (), ns)


def _typeddict_mro_entries(bases):
    return (_TypedDictClass,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, type) and '__total__' in tp.__dict__ and \
        '__required_keys__' in tp.__dict__


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------
# Functions

def cast(typ, val):
    """Cast a value to a type.  This returns the value unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Reveal the inferred type of a variable (prints the runtime type)."""
    print('Runtime type is %r' % (type(obj).__name__,), file=_sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-decorated.')


def overload(func):
    """Decorator for overloaded functions/methods."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Indicate that a method is intended to override a method in a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of a module, class, method or function."""
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        return {}
    result = {}
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if not include_extras and isinstance(value, _AnnotatedAlias):
            value = value.__origin__
        result[name] = value
    return result
