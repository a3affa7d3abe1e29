# The complex type exists for isinstance tests (complex values themselves are refused).
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float, complex)):
        return "number"
    return type(v).__name__
print([kind(v) for v in (1, 2.5, True, "s", None)], complex, complex.__name__, issubclass(complex, object))
print(isinstance(3, complex), type(complex).__name__)
