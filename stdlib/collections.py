"""Container datatypes: deque, namedtuple, Counter, OrderedDict, defaultdict, ChainMap (Molt's implementation of CPython's collections module).

Molt cannot subclass builtin types yet, so these are plain classes that
implement the list/tuple/dict protocols themselves: they behave and print like
CPython's, but isinstance(x, dict) / isinstance(x, tuple) is False for them.
"""

import sys
from keyword import iskeyword as _iskeyword

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()
_EMPTY = ()

# ids of the objects whose repr is being computed (recursion guard).
_repr_running = set()


def _index(value, message=None):
    # The integer value of `value`, accepting objects with __index__.
    if isinstance(value, int):
        return int(value)
    meth = getattr(type(value), '__index__', None)
    if meth is None:
        if message is None:
            message = "'%s' object cannot be interpreted as an integer"
        raise TypeError(message % type(value).__name__)
    return meth(value)


def _generic_alias(cls, item):
    return cls


################################################################################
### deque
################################################################################

def _deque_iter(dq, state, count):
    # Iterator over a deque, failing if the deque is mutated.
    i = 0
    while True:
        if dq._molt_state != state:
            raise RuntimeError('deque mutated during iteration')
        if i >= count:
            return
        yield dq._molt_items[dq._molt_head + i]
        i += 1


def _deque_reverse_iter(dq, state, count):
    i = count - 1
    while True:
        if dq._molt_state != state:
            raise RuntimeError('deque mutated during iteration')
        if i < 0:
            return
        yield dq._molt_items[dq._molt_head + i]
        i -= 1


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in self._molt_items[self._molt_head:]; the slots before the
    # head are free room for appendleft().

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._molt_items = []
        self._molt_head = 0
        self._molt_maxlen = None
        self._molt_state = 0
        return self

    def __init__(self, iterable=_EMPTY, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._molt_items = []
        self._molt_head = 0
        self._molt_maxlen = maxlen
        self._molt_state = 0
        if iterable is not _EMPTY:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._molt_maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # -- internal helpers

    def _molt_compact(self):
        head = self._molt_head
        if head:
            del self._molt_items[:head]
            self._molt_head = 0

    def _molt_popleft(self):
        items = self._molt_items
        head = self._molt_head
        item = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 16 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._molt_head = head
        return item

    def _molt_prepend(self, values):
        # Put the list `values` in front of the items.
        m = len(values)
        if m == 0:
            return
        head = self._molt_head
        items = self._molt_items
        if head < m:
            grow = max(m - head, len(items) - head, 8)
            items[0:0] = [None] * grow
            head += grow
        items[head - m:head] = values
        self._molt_head = head - m

    def _molt_check_index(self, index):
        if not isinstance(index, int):
            index = _index(index, 'sequence index must be integer, not %r')
        n = len(self._molt_items) - self._molt_head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return index

    # -- adding and removing

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._molt_state += 1
        items = self._molt_items
        items.append(x)
        maxlen = self._molt_maxlen
        if maxlen is not None and len(items) - self._molt_head > maxlen:
            self._molt_popleft()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._molt_state += 1
        if self._molt_head == 0:
            self._molt_prepend([x])
        else:
            self._molt_head -= 1
            self._molt_items[self._molt_head] = x
        maxlen = self._molt_maxlen
        if maxlen is not None and len(self._molt_items) - self._molt_head > maxlen:
            self._molt_items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        items = self._molt_items
        if len(items) == self._molt_head:
            raise IndexError('pop from an empty deque')
        self._molt_state += 1
        item = items.pop()
        if len(items) == self._molt_head:
            items.clear()
            self._molt_head = 0
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._molt_items) == self._molt_head:
            raise IndexError('pop from an empty deque')
        self._molt_state += 1
        return self._molt_popleft()

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for item in iterable:
            append(item)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for item in iterable:
            appendleft(item)

    def insert(self, index, x, /):
        """Insert value before index."""
        maxlen = self._molt_maxlen
        n = len(self._molt_items) - self._molt_head
        if maxlen is not None and n >= maxlen:
            raise IndexError('deque already at its maximum size')
        index = _index(index)
        if index < 0:
            index += n
            if index < 0:
                index = 0
        elif index > n:
            index = n
        self._molt_state += 1
        self._molt_items.insert(self._molt_head + index, x)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._molt_items
        head = self._molt_head
        for i in range(head, len(items)):
            item = items[i]
            if item is value or item == value:
                self._molt_state += 1
                if i == head:
                    self._molt_popleft()
                else:
                    del items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def clear(self):
        """Remove all elements from the deque."""
        self._molt_state += 1
        self._molt_items = []
        self._molt_head = 0

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right.  If n is negative, rotates left."""
        n = _index(n)
        items = self._molt_items
        length = len(items) - self._molt_head
        if length <= 1:
            return
        half = length >> 1
        if n > half or n < -half:
            n %= length
            if n > half:
                n -= length
            elif n < -half:
                n += length
        if n == 0:
            return
        self._molt_state += 1
        if n > 0:
            moved = items[len(items) - n:]
            del items[len(items) - n:]
            self._molt_prepend(moved)
        else:
            k = -n
            head = self._molt_head
            moved = items[head:head + k]
            items[head:head + k] = [None] * k
            self._molt_head = head + k
            items.extend(moved)
            if self._molt_head * 2 >= len(items):
                self._molt_compact()

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._molt_compact()
        self._molt_items.reverse()

    # -- queries

    def count(self, value, /):
        """Return number of occurrences of value."""
        items = self._molt_items
        total = 0
        for i in range(self._molt_head, len(items)):
            item = items[i]
            if item is value or item == value:
                total += 1
        return total

    def index(self, value, start=0, stop=sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        n = len(self._molt_items) - self._molt_head
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        items = self._molt_items
        head = self._molt_head
        for i in range(start, stop):
            item = items[head + i]
            if item is value or item == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            result = deque(maxlen=self._molt_maxlen)
            result._molt_items = self._molt_items[self._molt_head:]
            return result
        if self._molt_maxlen is None:
            return type(self)(self)
        return type(self)(self, self._molt_maxlen)

    __copy__ = copy

    def __len__(self):
        return len(self._molt_items) - self._molt_head

    def __bool__(self):
        return len(self._molt_items) > self._molt_head

    def __iter__(self):
        return _deque_iter(self, self._molt_state, len(self._molt_items) - self._molt_head)

    def __reversed__(self):
        return _deque_reverse_iter(self, self._molt_state,
                                   len(self._molt_items) - self._molt_head)

    def __contains__(self, value):
        items = self._molt_items
        for i in range(self._molt_head, len(items)):
            item = items[i]
            if item is value or item == value:
                return True
        return False

    def __getitem__(self, index):
        return self._molt_items[self._molt_head + self._molt_check_index(index)]

    def __setitem__(self, index, value):
        self._molt_items[self._molt_head + self._molt_check_index(index)] = value

    def __delitem__(self, index):
        index = self._molt_check_index(index)
        self._molt_state += 1
        if index == 0:
            self._molt_popleft()
        else:
            del self._molt_items[self._molt_head + index]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._molt_items[self._molt_head:])
        finally:
            _repr_running.discard(key)
        if self._molt_maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._molt_maxlen)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    # -- comparisons (lexicographic, deques only)

    def _molt_list(self):
        return self._molt_items[self._molt_head:]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() == other._molt_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() != other._molt_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() < other._molt_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() <= other._molt_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() > other._molt_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._molt_list() >= other._molt_list()

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n, "can't multiply sequence by non-int of type '%s'")
        if n <= 0 or len(self) == 0:
            self.clear()
            return self
        if n == 1:
            return self
        self._molt_state += 1
        values = self._molt_list() * n
        maxlen = self._molt_maxlen
        if maxlen is not None and len(values) > maxlen:
            values = values[len(values) - maxlen:]
        self._molt_items = values
        self._molt_head = 0
        return self

    __class_getitem__ = classmethod(_generic_alias)


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    # The class attribute that names a field of a named tuple.  Instances keep
    # their field values as attributes, so this only serves class-level access.

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._molt_values[self._index]

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)


def _tuple_of(other):
    # The tuple value of a tuple or named tuple, or None.
    if isinstance(other, tuple):
        return other
    if isinstance(other, _NamedTupleBase):
        return other._molt_values
    return None


class _NamedTupleBase:
    # Methods shared by the classes that namedtuple() creates.  The values are
    # kept in the tuple self._molt_values and also as instance attributes.

    def __repr__(self):
        values = self._molt_values
        parts = []
        i = 0
        for name in self._fields:
            parts.append('%s=%r' % (name, values[i]))
            i += 1
        return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self._molt_values))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return self._molt_values

    def __getitem__(self, index):
        return self._molt_values[index]

    def __iter__(self):
        return iter(self._molt_values)

    def __reversed__(self):
        return reversed(self._molt_values)

    def __len__(self):
        return len(self._molt_values)

    def __contains__(self, value):
        return value in self._molt_values

    def __hash__(self):
        return hash(self._molt_values)

    def count(self, value, /):
        """Return number of occurrences of value."""
        return self._molt_values.count(value)

    def index(self, value, start=0, stop=sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        return self._molt_values.index(value, start, stop)

    def __eq__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values == t

    def __ne__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values != t

    def __lt__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values < t

    def __le__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values <= t

    def __gt__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values > t

    def __ge__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return self._molt_values >= t

    def __add__(self, other):
        t = _tuple_of(other)
        if t is None:
            return self._molt_values + other
        return self._molt_values + t

    def __radd__(self, other):
        t = _tuple_of(other)
        if t is None:
            return NotImplemented
        return t + self._molt_values

    def __mul__(self, n):
        return self._molt_values * n

    __rmul__ = __mul__

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        if type(self)._molt_base is type(self):
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._fields:
            raise AttributeError("can't delete attribute")
        if type(self)._molt_base is type(self):
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        object.__delattr__(self, name)


def _plural_names(names):
    # 'a', "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    else:
        defaults = ()

    fields = tuple(field_names)
    num_fields = len(fields)
    positions = {name: i for i, name in enumerate(fields)}
    first_default = num_fields - len(defaults)

    def _store(cls, values):
        self = object.__new__(cls)
        d = self.__dict__
        d['_molt_values'] = values
        i = 0
        for name in fields:
            d[name] = values[i]
            i += 1
        return self

    def _bind(args, kwargs):
        nargs = len(args)
        values = list(args[:num_fields])
        values.extend([_MISSING] * (num_fields - len(values)))
        for key, value in kwargs.items():
            pos = positions.get(key)
            if pos is None:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (typename, key))
            if pos < nargs or values[pos] is not _MISSING:
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, key))
            values[pos] = value
        if nargs > num_fields:
            if defaults:
                takes = 'from %d to %d positional arguments' % (first_default + 1,
                                                                num_fields + 1)
            else:
                takes = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s.__new__() takes %s but %d were given'
                            % (typename, takes, nargs + 1))
        missing = []
        for i in range(num_fields):
            if values[i] is _MISSING:
                if i >= first_default:
                    values[i] = defaults[i - first_default]
                else:
                    missing.append(fields[i])
        if missing:
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                            % (typename, len(missing), '' if len(missing) == 1 else 's',
                               _plural_names(missing)))
        return tuple(values)

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return _store(_cls, args)
        return _store(_cls, _bind(args, kwargs))

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(values)))
        return _store(cls, values)

    def _replace(self, /, **kwds):
        values = tuple([kwds.pop(name, value)
                        for name, value in zip(fields, self._molt_values)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return _store(type(self), values)

    __new__.__qualname__ = typename + '.__new__'
    _make.__qualname__ = typename + '._make'
    _replace.__qualname__ = typename + '._replace'
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    if module is None:
        getmodule = getattr(sys, '_getframemodulename', None)
        if getmodule is not None:
            try:
                module = getmodule(1) or '__main__'
            except ValueError:
                module = '__main__'
        else:
            module = '__main__'

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__module__': module,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    result = type(typename, (_NamedTupleBase,), namespace)
    result._molt_base = result
    return result


################################################################################
### Dictionary-like classes
################################################################################

def _dict_of(other):
    # The dict behind a dict or one of this module's mappings, or None.
    if isinstance(other, dict):
        return other
    if isinstance(other, _DictLike):
        return other._molt_dict
    return None


def _is_mapping(obj):
    return isinstance(obj, (dict, _DictLike, ChainMap))


class _DictLike:
    # The dict API over the dict self._molt_dict.

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._molt_dict = {}
        return self

    def __len__(self):
        return len(self._molt_dict)

    def __iter__(self):
        return iter(self._molt_dict)

    def __reversed__(self):
        return reversed(self._molt_dict)

    def __contains__(self, key):
        return key in self._molt_dict

    def __getitem__(self, key):
        d = self._molt_dict
        if key in d:
            return d[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, value):
        self._molt_dict[key] = value

    def __delitem__(self, key):
        del self._molt_dict[key]

    def __eq__(self, other):
        d = _dict_of(other)
        if d is None:
            return NotImplemented
        return self._molt_dict == d

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % self._molt_typename())

    def _molt_typename(self):
        return type(self).__name__

    def keys(self):
        return self._molt_dict.keys()

    def values(self):
        return self._molt_dict.values()

    def items(self):
        return self._molt_dict.items()

    def get(self, key, default=None, /):
        return self._molt_dict.get(key, default)

    def pop(self, key, *default):
        return self._molt_dict.pop(key, *default)

    def popitem(self):
        return self._molt_dict.popitem()

    def setdefault(self, key, default=None, /):
        return self._molt_dict.setdefault(key, default)

    def clear(self):
        self._molt_dict.clear()

    def update(self, other=(), /, **kwds):
        d = _dict_of(other)
        if d is not None:
            self._molt_dict.update(d)
        else:
            self._molt_dict.update(other)
        if kwds:
            self._molt_dict.update(kwds)

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __copy__(self):
        return self.copy()

    __class_getitem__ = classmethod(_generic_alias)


################################################################################
### OrderedDict
################################################################################

class _OrderedDictView:
    # A view that prints as odict_keys([...]) etc. and otherwise behaves like
    # the corresponding dict view.

    def __init__(self, od, view):
        self._molt_od = od
        self._molt_view = view

    def __len__(self):
        return len(self._molt_view)

    def __iter__(self):
        return iter(self._molt_view)

    def __reversed__(self):
        return reversed(self._molt_view)

    def __contains__(self, item):
        return item in self._molt_view

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self._molt_view))

    @property
    def mapping(self):
        return self._molt_od


def _view_of(other):
    if isinstance(other, _OrderedDictView):
        return other._molt_view
    return other


class _OrderedDictSetView(_OrderedDictView):

    def __eq__(self, other):
        return self._molt_view == _view_of(other)

    def __ne__(self, other):
        return self._molt_view != _view_of(other)

    def __lt__(self, other):
        return self._molt_view < _view_of(other)

    def __le__(self, other):
        return self._molt_view <= _view_of(other)

    def __gt__(self, other):
        return self._molt_view > _view_of(other)

    def __ge__(self, other):
        return self._molt_view >= _view_of(other)

    def __and__(self, other):
        return self._molt_view & _view_of(other)

    def __or__(self, other):
        return self._molt_view | _view_of(other)

    def __sub__(self, other):
        return self._molt_view - _view_of(other)

    def __xor__(self, other):
        return self._molt_view ^ _view_of(other)

    def __rand__(self, other):
        return _view_of(other) & set(self._molt_view)

    def __ror__(self, other):
        return set(self._molt_view) | _view_of(other)

    def __rsub__(self, other):
        return set(_view_of(other)) - set(self._molt_view)

    def __rxor__(self, other):
        return set(self._molt_view) ^ _view_of(other)

    def isdisjoint(self, other):
        return self._molt_view.isdisjoint(_view_of(other))

    __hash__ = None


class odict_keys(_OrderedDictSetView):
    pass


class odict_items(_OrderedDictSetView):
    pass


class odict_values(_OrderedDictView):
    pass


class OrderedDict(_DictLike):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self._molt_update(other, kwds)

    def _molt_update(self, other, kwds):
        # MutableMapping.update(): goes through self[key] = value.
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif isinstance(other, _DictLike):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def update(self, other=(), /, **kwds):
        self._molt_update(other, kwds)

    def _molt_typename(self):
        return 'collections.OrderedDict'

    __hash__ = _DictLike.__hash__

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return (self._molt_dict == other._molt_dict
                    and list(self._molt_dict) == list(other._molt_dict))
        return _DictLike.__eq__(self, other)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        d = self._molt_dict
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(d))
        else:
            key = next(iter(d))
        value = self.pop(key)
        return key, value

    def pop(self, key, default=_MISSING):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value."""
        d = self._molt_dict
        if key in d:
            result = d[key]
            del self[key]
            return result
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary."""
        if key in self._molt_dict:
            return self._molt_dict[key]
        self[key] = default
        return default

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        d = self._molt_dict
        if key not in d:
            raise KeyError(key)
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            for k, v in rest:
                d[k] = v

    def keys(self):
        return odict_keys(self, self._molt_dict.keys())

    def values(self):
        return odict_values(self, self._molt_dict.values())

    def items(self):
        return odict_items(self, self._molt_dict.items())

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        if not self._molt_dict:
            return '%s()' % (type(self).__name__,)
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, dict(self._molt_dict))
        finally:
            _repr_running.discard(key)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result


################################################################################
### defaultdict
################################################################################

class defaultdict(_DictLike):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._molt_dict = {}
        self.default_factory = None
        return self

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        if args or kwargs:
            self._molt_dict.update(*[_dict_of(a) or a for a in args], **kwargs)

    def __getitem__(self, key):
        d = self._molt_dict
        if key in d:
            return d[key]
        return type(self).__missing__(self, key)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def _molt_typename(self):
        return 'collections.defaultdict'

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %r)' % (type(self).__name__, factory_repr, self._molt_dict)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self._molt_dict)

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = type(self)(self.default_factory, _dict_of(other) or dict(other))
        result.update(self)
        return result


################################################################################
### Counter
################################################################################

class Counter(_DictLike):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string
    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    """

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def __getitem__(self, key):
        d = self._molt_dict
        if key in d:
            return d[key]
        return type(self).__missing__(self, key)

    def total(self):
        'Sum of the counts'
        return sum(self._molt_dict.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        items = sorted(self._molt_dict.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.

        If an element's count has been set to zero or is a negative number,
        elements() will ignore it.
        """
        return _elements(list(self._molt_dict.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem in iterable:
                        self[elem] = iterable[elem] + self_get(elem, 0)
                else:
                    d = _dict_of(iterable)
                    if d is None:
                        for elem in iterable:
                            self._molt_dict[elem] = iterable[elem]
                    else:
                        self._molt_dict.update(d)
            elif type(self)._molt_plain_setitem:
                d = self._molt_dict
                get = d.get
                for elem in iterable:
                    d[elem] = get(elem, 0) + 1
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.
        """
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self._molt_dict:
            del self._molt_dict[elem]

    def __repr__(self):
        if not self._molt_dict:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._molt_dict)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Multiset comparisons: missing elements count as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return _DictLike.__eq__(self, other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return _DictLike.__ne__(self, other)
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic.

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding elements.'''
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._molt_plain_setitem = cls.__setitem__ is Counter.__setitem__ and \
            cls.get is Counter.get

    _molt_plain_setitem = True


def _count_of(item):
    return item[1]


def _elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


################################################################################
### ChainMap
################################################################################

class _MappingView:
    # collections.abc-style views of a ChainMap or UserDict.

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(_MappingView):

    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return set(self) == set(other)

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __hash__ = None


class ItemsView(_MappingView):

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __eq__(self, other):
        return set(self) == set(other)

    __hash__ = None


class ValuesView(_MappingView):

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        if _is_mapping(other) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) != dict(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    __class_getitem__ = classmethod(_generic_alias)


################################################################################
### UserDict, UserList, UserString
################################################################################

class UserDict(_DictLike):
    """A more or less complete user-defined wrapper around dictionary objects."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    @property
    def _molt_dict(self):
        return self.data

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def pop(self, key, *default):
        if key in self.data:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        self.data.clear()

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _list_of(other):
    if isinstance(other, UserList):
        return other.data
    return other


class UserList:
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _str_of(other):
    if isinstance(other, UserString):
        return other.data
    return other


class UserString:
    """A user-defined wrapper around string objects."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(_str_of(sub), start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(_str_of(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(_str_of(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isdigit(self):
        return self.data.isdigit()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(_str_of(sub), start, end)

    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(_str_of(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
