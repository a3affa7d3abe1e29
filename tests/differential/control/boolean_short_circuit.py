def t(tag):
    print("t", tag)
    return True
def f(tag):
    print("f", tag)
    return False
print(t(1) and f(2) and t(3))
print(f(1) or t(2) or t(3))
print(f(1) and t(2))
print(t(1) or f(2))
print(not t(1) or f(2))
print(0 or "" or [] or "last", 1 and "x" and 0, None or 0, [] and 1)
print(5 and 6, 0 or 7, "a" or "b")
x = None
print(x and x.attr)
