# dataclasses: generated __init__/__repr__/__eq__/order/hash, fields, defaults, frozen.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


p = Point(1)
q = Point(1, 0)
print(p, p == q, p != Point(2), p.tags is not q.tags)
p.tags.append("a")
print(p, Point.y, hasattr(Point, "tags"), Point.count)
print([f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(p), astuple(p))
print(replace(p, y=5))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
for args, kwargs in (((), {}), ((1, 2, [], 4), {}), ((1,), {"x": 2}), ((1,), {"z": 3}), ((), {"y": 1})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 0) == Version(1, 0, "x"), hash(Version(1, 0)) == hash(Version(1, 0, "y")))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except AttributeError as e:
    print("AttributeError:", e)
print(len({Version(1), Version(1), Version(2)}))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    b: str = "B"


print(Child(1), Child(1, "x", 2.0), [f.name for f in fields(Child)])


@dataclass
class WithPost:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


print(WithPost(2, 3), WithPost(2, 3, 10).area)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW(1, b=5, c=0))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(repr=False, eq=False)
class Plain:
    v: int

    def __repr__(self):
        return "Plain<%d>" % self.v


print(Plain(3), Plain(3) == Plain(3), hash(Plain(1)) is not None)


@dataclass(unsafe_hash=True)
class H:
    k: str
    n: int = field(default=0, hash=False)


print(hash(H("a", 1)) == hash(H("a", 2)), H("a") == H("a", 0))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
root.children.append(root)
print(repr(root)[:60])
print(Point.__init__.__qualname__, Point.__match_args__, KW.__match_args__)
