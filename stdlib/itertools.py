"""Functions creating iterators for efficient looping (Molt's implementation of CPython's itertools module)."""

import sys

__all__ = [
    'accumulate', 'batched', 'chain', 'combinations',
    'combinations_with_replacement', 'compress', 'count', 'cycle', 'dropwhile',
    'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product',
    'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest',
]

_NULL = object()


def _index(value):
    # The integer value of `value` (bool and objects with __index__ included), or
    # the TypeError CPython raises for anything else.
    if isinstance(value, int):
        return int(value)
    meth = getattr(type(value), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return meth(value)


# ---------------------------------------------------------------------------
# Infinite iterators

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)) and \
                    not hasattr(type(value), '__index__') and \
                    not hasattr(type(value), '__float__') and \
                    not hasattr(type(value), '__complex__'):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            try:
                item = next(self._it)
            except StopIteration:
                self._firstpass = False
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index == len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._times)


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

def _accumulate(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _batched(it, n):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return


def batched(iterable, n):
    """Batch data into tuples of length n. The last batch may be shorter."""
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                sources = self._sources
                if sources is None:
                    raise StopIteration
                try:
                    source = next(sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
                continue
            try:
                return next(active)
            except StopIteration:
                self._active = None


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _NULL:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _NULL
        parent._currkey = _NULL
        return value


def _islice_arg(value):
    # CPython's view of an islice() argument: its integer value, or -1 when
    # it is not an integer that fits in a Py_ssize_t.
    if isinstance(value, int):
        value = int(value)
    else:
        meth = getattr(type(value), '__index__', None)
        if meth is None:
            return -1
        value = meth(value)
    if value > sys.maxsize or value < -sys.maxsize - 1:
        return -1
    return value


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDICES_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def _islice(it, start, stop, step):
    count = 0
    nexti = start
    while True:
        while count < nexti:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop != -1 and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        nexti += step
        if stop != -1 and nexti > stop:
            nexti = stop
        yield item


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
    start = 0
    stop = -1
    step = 1
    if nargs == 1:
        if args[0] is not None:
            stop = _islice_arg(args[0])
            if stop == -1:
                raise ValueError(_STOP_MSG)
    else:
        if args[0] is not None:
            start = _islice_arg(args[0])
        if args[1] is not None:
            stop = _islice_arg(args[1])
            if stop == -1:
                raise ValueError(_STOP_MSG)
    if start < 0 or stop < -1:
        raise ValueError(_INDICES_MSG)
    if nargs == 3 and args[2] is not None:
        step = _islice_arg(args[2])
    if step < 1:
        raise ValueError(_STEP_MSG)
    return _islice(iter(iterable), start, stop, step)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


# ---------------------------------------------------------------------------
# tee

class _TeeLink:
    # One cell of the buffer shared by the tee iterators of one source.

    def __init__(self):
        self.value = _NULL
        self.next = None


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            # Another tee may have filled the link during the call.
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    iterators = list(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument, using
    fillvalue for the exhausted iterables."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


# ---------------------------------------------------------------------------
# Combinatoric iterators

def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # Advance the rightmost position that can move, like an odometer.
        i = n - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _permutations(pool, r):
    # The first r entries of `indices` run through the r-permutations of
    # range(n) in lexicographic order; `values` holds pool[i] for each of
    # them, moved in step.  The entries after position r are kept ascending,
    # so that reversing them and taking the next permutation of the whole
    # array gives the next r-prefix.
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    values = list(pool)
    yield tuple(values[:r])
    while True:
        if r < n:
            indices[r:] = indices[:r - 1:-1] if r else indices[::-1]
            values[r:] = values[:r - 1:-1] if r else values[::-1]
        i = n - 2
        while i >= 0 and indices[i] > indices[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        pivot = indices[i]
        while indices[j] < pivot:
            j -= 1
        indices[i], indices[j] = indices[j], pivot
        values[i], values[j] = values[j], values[i]
        indices[i + 1:] = indices[:i:-1]
        values[i + 1:] = values[:i:-1]
        yield tuple(values[:r])


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _check_r(r)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    current = list(pool[:r])
    yield tuple(current)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        k = indices[i] + 1
        for j in range(i, r):
            indices[j] = k
            current[j] = pool[k]
            k += 1
        yield tuple(current)


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    current = [pool[0]] * r if r else []
    yield tuple(current)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        k = indices[i] + 1
        value = pool[k]
        for j in range(i, r):
            indices[j] = k
            current[j] = value
        yield tuple(current)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)
