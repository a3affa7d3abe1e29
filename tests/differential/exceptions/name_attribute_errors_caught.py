def use_undefined():
    return undefined_variable + 1
try:
    use_undefined()
except NameError as e:
    print("NameError:", e, "| name attr:", e.name)
class Person:
    def __init__(self):
        self.name = "x"
try:
    Person().nmae
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name)
try:
    print(lenn("abc"))
except NameError as e:
    print("NameError:", e)
try:
    import math
    math.sqroot(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Person.missing
except AttributeError as e:
    print("AttributeError:", e)
