counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def set_new_global():
    global created_later
    created_later = "made inside function"
set_new_global()
print(created_later)
name = "module"
def shadow():
    name = "local"
    return name
print(shadow(), name)
