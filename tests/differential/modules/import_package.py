import _shapes
print(_shapes.PACKAGE_NAME)
sq = _shapes.Square(3)
print(sq, sq.area(), isinstance(sq, _shapes.Shape))
c = _shapes.make("circle", 2)
print(c)
from _shapes.circle import Circle
print(Circle(1), Circle is type(c))
import _shapes.square
print(_shapes.square.Square is _shapes.Square)
