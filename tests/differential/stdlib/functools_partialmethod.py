# functools.partialmethod: a descriptor that binds like a method
from functools import partialmethod


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
print(cell.alive)
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)


class Formatter:
    def fmt(self, value, width, fill=' '):
        return str(value).rjust(width, fill)

    pad5 = partialmethod(fmt, width=5)
    zeros = partialmethod(fmt, width=6, fill='0')


f = Formatter()
print(repr(f.pad5(42)), repr(f.zeros(7)), repr(f.zeros(7, fill='*')))
