from dataclasses import dataclass

table = globals


@dataclass(slots=True)
class P:
    x: int


print(globals(1), table)
