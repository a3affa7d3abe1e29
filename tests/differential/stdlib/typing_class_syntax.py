# typing.NamedTuple and TypedDict in class syntax (through __mro_entries__): fields from
# annotations, defaults, methods, subclasses, total=False, errors.
from typing import NamedTuple, TypedDict, Generic, TypeVar, Optional


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: Optional[str] = None

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3.0, 4.0)
print(p, p.norm2(), p.x, p[1], len(p), tuple(p), p._fields, Point._field_defaults)
print(Point(1.5), Point(1, label="a"), p._replace(y=1.0), Point._make([7, 8, "z"]))
print(p == (3.0, 4.0, None), p._asdict(), Point.__annotations__)
a, b, c = p
print(a, b, c, sorted([Point(2, 1), Point(1, 5)]))
try:
    Point()
except TypeError as e:
    print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)


class Point3(Point):
    def describe(self):
        return "P3 %s" % (self.x,)


print(Point3(1, 2).describe(), Point3(1, 2))


class Movie(TypedDict):
    name: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__required_keys__ == {"name", "year"}, sorted(Movie.__annotations__))
me = MovieExtra(name="x", year=1, rating=9.5)
print(me, sorted(MovieExtra.__optional_keys__), sorted(MovieExtra.__required_keys__), MovieExtra.__total__)

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)


s = Stack()
s.push(1)
print(s.items, Point.__orig_bases__ == (NamedTuple,), Movie.__orig_bases__ == (TypedDict,))
