# A tuple on the left of + with a named tuple on the right gives a tuple
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print((0,) + p, () + p, (0,) + p + (3,))
print(sum([(1,), p], ()))
