a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
x = None
print(x is None, x == None, x is not None)
s = "hello"
t = s
print(s is t)
