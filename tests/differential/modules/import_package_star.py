from _shapes import *
print(Square(4), make("square", 2))
print(Shape.__name__, Square.__mro__[1] is Shape, make.__name__)
try:
    PACKAGE_NAME
except NameError as e:
    print("NameError:", e)
