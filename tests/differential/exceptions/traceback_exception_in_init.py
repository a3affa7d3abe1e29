class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
def make_all(values):
    return [Temperature(v) for v in values]
print(len(make_all([0, 10, 300])))
make_all([5, -1])
