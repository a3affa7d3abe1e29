# __closure__ and cell_contents of nested functions.
def make_counter():
    count = 0
    step = 2
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
c()
print(c.__closure__ is not None, len(c.__closure__))
print(sorted(cell.cell_contents for cell in c.__closure__))
def plain():
    return 1
print(plain.__closure__)
def outer(x):
    return lambda: x
print(outer(41).__closure__[0].cell_contents)
print(c.__code__.co_freevars, c.__code__.co_name, outer.__code__.co_varnames, outer.__code__.co_argcount)
