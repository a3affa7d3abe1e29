# __code__ attributes and __closure__ cells of various functions.
def f(a, b=1, *args, c, d=2, **kw):
    e = a + b
    return e
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_freevars, co.co_cellvars, f.__closure__)
def g(x, /, y):
    z = 3
    def h():
        return x + z
    return h
print(g.__code__.co_cellvars, g.__code__.co_varnames, g.__code__.co_posonlyargcount)
h = g(1, 2)
print(h.__code__.co_freevars, [c.cell_contents for c in h.__closure__], type(h.__closure__[0]).__name__)
def late():
    def inner():
        return v
    cells = inner.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = 5
    print(cells[0].cell_contents)
late()
print((lambda q: q).__code__.co_name, (lambda q: q).__code__.co_varnames)


# One code object per def: the same object on every access, shared by the functions it makes.
def maker(k):
    def inner(x):
        return x + k
    return inner


first, second = maker(1), maker(2)
print(first.__code__ is first.__code__, first.__code__ is second.__code__, first.__code__ is maker.__code__)
