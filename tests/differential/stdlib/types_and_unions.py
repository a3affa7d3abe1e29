# PEP 604 unions of types (int | None) in annotations, isinstance/issubclass and typing;
# the types module's names and SimpleNamespace.
import types
def f(x: int | None = None) -> str | None:
    return str(x)
print(f(3))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
u = int | None
print(u, type(u), u.__args__)
print(int | int, int | str | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
class Foo: pass
print(Foo | None, None | Foo, Foo | int | None)
print((int | None) | str, int | (str | None))
print(list[int] if False else "", type(int | None) is types.UnionType)
try:
    int | "str"
except TypeError as e:
    print(e)
try:
    None | None
except TypeError as e:
    print(e)
try:
    isinstance(3, 5)
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, types.NoneType, type(f) is types.FunctionType)
x = int
x |= None
print(x)
import typing
from typing import Optional, Union, get_args, get_origin
print(Optional[int] == int | None, Union[int, str] == int | str, (int | str) == Union[str, int])
print(get_args(int | None), get_origin(int | None))
print(Union[int | None, str])
print(int | Optional[str])
