# Tuples holding the same NaN object: identical items are equal in tuple comparisons, ordering,
# equality and dict/set keys (as CPython's item comparisons assume), while the NaN itself is
# unordered.
nan = float('nan')
print((nan,) == (nan,), (1, nan) == (1, nan), (nan, 1) < (nan, 2), [nan] == [nan], (nan,) != (nan,))
print((nan, 1) <= (nan, 1), (nan,) < (nan,), nan == nan, nan != nan, [nan] < [nan])
d = {(nan,): 1}
print(d.get((nan,)), (nan,) in d, (nan, (nan,)) == (nan, (nan,)))
print(sorted([(nan, 2), (nan, 1)]) == [(nan, 1), (nan, 2)])
x = 1e308 * 10
print((x, 1) == (x, 1), (x,) < (x, 0))
