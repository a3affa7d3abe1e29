from _raiser_mod import parse_all, ParseFailure
import _raiser_mod
print(parse_all(["1", "22", "333"]))
try:
    parse_all(["1", "2x"])
except ParseFailure as e:
    print(type(e).__name__, type(e).__module__, e, e.pos, isinstance(e, ValueError))
try:
    _raiser_mod.parse_int("")
except ValueError:
    print("no error expected")
print(repr(_raiser_mod.parse_int("")) if False else _raiser_mod.parse_int("7"))
print(ParseFailure.__module__, ParseFailure.__qualname__, _raiser_mod.parse_int.__module__)
