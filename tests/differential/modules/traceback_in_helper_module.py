import _raiser_mod


def load(values):
    return sum(_raiser_mod.parse_all(values))


print(load(["10", "20"]))
print(load(["10", "x"]))
