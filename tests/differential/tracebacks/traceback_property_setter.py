class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value!r} below absolute zero")
        self._c = value


t = Temperature(20)
print(t.celsius)
t.celsius = -5.5
print(t.celsius)
t.celsius = -300
print("unreachable")
