# Unbound methods of builtin types are method descriptors; bound ones and class methods are
# builtin methods.
print(type("x".upper).__name__, type([].append).__name__, type(bytes.fromhex).__name__)
print(repr(list.pop), repr(str.join), repr(dict.items))
print(type(str.join).__name__, type(len).__name__, repr(len))
print(dict.fromkeys("ab", 0), bytes.fromhex("41 42"), int.from_bytes(b"\x01\x00", "little"))
print(list(map(str.upper, "ab")), str.split("a b"), list.copy([1]))
