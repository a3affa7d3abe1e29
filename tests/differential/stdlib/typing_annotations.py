# typing: names for annotations, aliases print as in CPython
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence,
                    Set, Tuple, TypeVar, Union, Generic, Mapping, FrozenSet, Type,
                    Literal, ClassVar, Final, NoReturn, cast, overload, NamedTuple,
                    TYPE_CHECKING, get_origin, get_args, NewType, Protocol, Deque,
                    DefaultDict, Annotated)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', int, str, covariant=True)
print(T, K, S, T.__name__, K.__bound__, S.__constraints__, S.__covariant__)
print(List, List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None, str])
print(Union[int], Union[int, int, str], Optional[Union[int, str]], Union[int, Union[str, float]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Any, Type[int], Set[T], FrozenSet[str], Iterable[int], Iterator, Sequence[str], Mapping[str, Any])
print(Literal[1, 'a'], ClassVar[int], Final[int], NoReturn, Deque[int], DefaultDict[str, int])
print(Annotated[int, 'meta'], List['Node'])


class Node:
    pass


print(List[Node], Optional[Node], Dict[str, List[Node]])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_args(Callable[[int], str]), get_origin(Literal[1]))
print(List[T][int], Dict[K, T][int, str])
print(cast(int, 'not an int'), cast(List[int], [1]), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), UserId(5) + 1, UserId.__name__, UserId.__supertype__)


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


def apply(f: Callable[[int], int], values: Iterable[int]) -> List[int]:
    return [f(v) for v in values]


def lookup(table: Dict[str, int], key: str, default: Union[int, None] = None) -> int:
    return table.get(key, default)


print(first([3, 4]), first([]), apply(lambda x: x * x, range(4)), lookup({'a': 1}, 'a'))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, isinstance(s, Stack))


class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print('closed')


def shutdown(r: SupportsClose) -> None:
    r.close()


shutdown(Resource())


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double('ab'))

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 3)
print(e, e.name, e._fields)
Point3 = NamedTuple('Point3', x=int, y=int, z=int)
print(Point3(1, 2, 3))
Movie = typing.TypedDict('Movie', {'title': str, 'year': int})
m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__)

Vector = List[float]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


print(scale(2.0, [1.0, -4.2]), Vector)
try:
    List[int]()
except TypeError as e:
    print('TypeError:', e)
try:
    typing.Hashable[int]
except TypeError as e:
    print('TypeError:', e)
print(typing.AnyStr, typing.Text, typing.Hashable, typing.Sized)
