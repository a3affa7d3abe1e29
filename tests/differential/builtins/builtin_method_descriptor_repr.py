# repr() and type names of unbound methods of builtin types.
print(str.upper, list.append, dict.get, set.add, bytes.hex)
print(type(str.upper).__name__, type(list.append).__name__, type(dict.fromkeys).__name__, type(len).__name__)
print(str.upper("abc"), list.__name__, str.upper.__name__, dict.get.__qualname__ if hasattr(dict.get, "__qualname__") else "")
methods = [str.strip, str.lower, str.title]
print([m("  Hello World  ") for m in methods])
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])))
