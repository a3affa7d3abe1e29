# abc.ABC and abstractmethod: abstract classes cannot be instantiated
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        "Return the area."

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt('shape', lambda: Shape())
attempt('half', lambda: HalfDone())
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Shape.area.__isabstractmethod__, getattr(Square.area, '__isabstractmethod__', False))


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Good(Plugin):
    @property
    def name(self):
        return 'good'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


class NoName(Plugin):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 1


attempt('plugin', lambda: Plugin())
attempt('noname', lambda: NoName.create())
g = Good.create()
print(g.name, g.version(), Plugin.registry)


class Empty(ABC):
    pass


print(type(Empty()).__name__)
attempt('args to Empty', lambda: Empty(1))


class WithInit(ABC):
    def __init__(self, value):
        self.value = value


print(WithInit(5).value)


class Base(ABC):
    @abstractmethod
    def run(self):
        ...


class Middle(Base):
    @abstractmethod
    def extra(self):
        ...


class Leaf(Middle):
    def run(self):
        return 'run'

    def extra(self):
        return 'extra'


attempt('middle', lambda: Middle())
print(Leaf().run(), Leaf().extra(), sorted(Middle.__abstractmethods__))
