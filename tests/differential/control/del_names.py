x = 10
y = [1, 2]
del x
try:
    x
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
def f():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
print(y)
