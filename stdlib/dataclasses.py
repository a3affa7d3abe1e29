"""Data classes (Molt's implementation of CPython 3.12's dataclasses module).

CPython generates the special methods as source text and compiles it with exec; Molt has
no exec, so the methods here are closures over the class's fields that check their
arguments themselves, raising the errors CPython's generated functions raise.
Not supported: make_dataclass, slots=True, weakref_slot=True.
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return '<dataclasses._MISSING_TYPE object>'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return '<dataclasses._KW_ONLY_TYPE object>'


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return 'dataclasses.InitVar[%s]' % name


# What kind of field a Field is (its _field_type).
_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(tp):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _is_string_kind(annotation, names):
    # A string annotation (postponed evaluation) naming one of `names`, bare or
    # subscripted, possibly behind a module prefix.
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head.rsplit('.', 1)[-1] in names


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp) or _is_string_kind(tp, ('ClassVar',)):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(tp, InitVar) or tp is InitVar or _is_string_kind(tp, ('InitVar',)):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if f._field_type == _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _names_list(names):
    # 'a', 'a' and 'b', 'a', 'b', and 'c': as CPython lists missing arguments.
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _make_init(cls, all_fields, frozen, has_post_init):
    qual = cls.__qualname__
    params = [f for f in all_fields if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
    by_name = {f.name: f for f in params}
    stored = [f for f in all_fields if f._field_type == _FIELD]
    initvars = [f for f in all_fields if f._field_type == _FIELD_INITVAR]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)

    # (self counts, as in CPython's messages.)
    required = 1 + len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            n = len(positional) + 1
            takes = '%d positional argument%s' % (n, '' if n == 1 else 's')
            if required < n:
                takes = 'from %d to %d positional arguments' % (required, n)
            raise TypeError('%s.__init__() takes %s but %d were given' % (qual, takes, len(args) + 1))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k not in by_name:
                raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s.__init__() got multiple values for argument '%s'" % (qual, k))
            values[k] = v
        for group, kind in ((positional, 'positional'), (keyword_only, 'keyword-only')):
            missing = [f.name for f in group if f.name not in values
                       and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError('%s.__init__() missing %s: %s'
                                % (qual, _plural(len(missing), 'required %s argument' % kind),
                                   _names_list(missing)))
        for f in stored:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            extra = []
            for f in initvars:
                extra.append(values[f.name] if f.name in values else f.default)
            self.__post_init__(*extra)

    __init__.__qualname__ = qual + '.__init__'
    return __init__


_repr_running = set()


def _make_repr(cls, shown):
    def __repr__(self):
        key = (id(self), id(type(self)))
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in shown]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _values(obj, compared):
    return tuple(getattr(obj, f.name) for f in compared)


def _make_compare(cls, name, compared):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _values(self, compared), _values(other, compared)
            if name == '__eq__':
                return a == b
            if name == '__lt__':
                return a < b
            if name == '__le__':
                return a <= b
            if name == '__gt__':
                return a > b
            return a >= b
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = cls.__qualname__ + '.' + name
    return compare


def _make_hash(cls, hashed):
    def __hash__(self):
        return hash(_values(self, hashed))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new(cls, name, value):
    # Sets a generated method unless the class defines its own; says whether it did.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise TypeError("Molt's dataclasses do not support slots=True")
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    fields_by_name = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_by_name[f.name] = f
            base_frozen = b.__dataclass_params__.frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = all_frozen_bases and base_frozen
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or _is_string_kind(tp, ('KW_ONLY',)):
            if kw_only_seen:
                raise TypeError("'KW_ONLY' is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only_now = True
            continue
        own.append(_get_field(cls, name, tp, kw_only_now))
    for f in own:
        fields_by_name[f.name] = f
        # The class attribute keeps a plain default; a Field or a factory leaves none.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields_by_name
    cls.__dataclass_params__ = _Params(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields_by_name.values())
    stored = [f for f in all_fields if f._field_type == _FIELD]
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new(cls, '__init__', _make_init(cls, all_fields, frozen, has_post_init))
    if repr:
        _set_new(cls, '__repr__', _make_repr(cls, [f for f in stored if f.repr]))
    compared = [f for f in stored if f.compare]
    if eq:
        _set_new(cls, '__eq__', _make_compare(cls, '__eq__', compared))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new(cls, name, _make_compare(cls, name, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        setter, deleter = _make_frozen(cls, set(f.name for f in stored))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
    hashed = [f for f in stored if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new(cls, '__match_args__',
                 tuple(f.name for f in all_fields if f.init and not f.kw_only
                       and f._field_type in (_FIELD, _FIELD_INITVAR)))
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if weakref_slot:
        raise TypeError("Molt's dataclasses do not support weakref_slot=True")

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _copy_inner(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        items = [(f.name, _copy_inner(getattr(obj, f.name), dict_factory, as_tuple))
                 for f in fields(obj)]
        if as_tuple:
            return tuple(v for _, v in items)
        return dict_factory(items)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_inner(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_inner(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_inner(k, dict_factory, as_tuple),
                          _copy_inner(v, dict_factory, as_tuple)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _copy_inner(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_copy_inner(obj, dict, True))


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
