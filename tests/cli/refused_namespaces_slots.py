from dataclasses import dataclass

table = globals


@dataclass(slots=True)
class P:
    x: int


print(globals(1), table)
names = locals
print(locals(1), [vars() for _ in range(2)], vars(P))


class Spy:
    def __getattribute__(self, name):
        return name


print(complex(1, 2))


class Z(complex):
    pass
