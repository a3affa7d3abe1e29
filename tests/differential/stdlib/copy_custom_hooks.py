# copy: __copy__, __deepcopy__, __getstate__/__setstate__, __reduce__ hooks
import copy


class Tracked:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.data)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called, memo is dict:', isinstance(memo, dict))
        return Tracked(copy.deepcopy(self.data, memo))


t = Tracked([1, 2])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
print(t1.data is t.data, t2.data is t.data, t2.data)
wrapped = copy.deepcopy({'x': t, 'y': [t]})
print(wrapped['x'] is wrapped['y'][0])


class Stateful:
    def __init__(self, value):
        self.value = value
        self.cache = {'computed': value * 2}

    def __getstate__(self):
        print('getstate')
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.cache = {'computed': -1}


s = Stateful(21)
s2 = copy.copy(s)
print(s2.value, s2.cache)
s3 = copy.deepcopy(s)
print(s3.value, s3.cache)


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        print('reduce')
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


r = Reduced([1], 'x')
r2 = copy.copy(r)
r3 = copy.deepcopy(r)
print(r2, r3, r2.a is r.a, r3.a is r.a)


class WithNewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)

    def __repr__(self):
        return 'WithNewArgs(%r)' % self.n


w = WithNewArgs([5])
w2 = copy.copy(w)
w3 = copy.deepcopy(w)
print(w2, w3, w2.n is w.n, w3.n is w.n)


class Config:
    def __init__(self, **options):
        self.options = options

    def derive(self, **changes):
        new = copy.deepcopy(self)
        new.options.update(changes)
        return new

    def __repr__(self):
        return 'Config(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.options.items()))


base = Config(debug=False, paths=['/a'])
dev = base.derive(debug=True)
dev.options['paths'].append('/b')
print(base, dev)


print(copy.copy(Tracked), copy.copy(len) is len)
try:
    copy.Error('x')
    raise copy.Error('boom')
except copy.Error as e:
    print('copy.Error:', e, copy.error is copy.Error)
