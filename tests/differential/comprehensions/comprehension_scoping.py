x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)]
print(f())
class C:
    factor = 3
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
class D:
    k = 2
    try:
        bad = [k * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(D.err)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([g() for g in funcs2])
