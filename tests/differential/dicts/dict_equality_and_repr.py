a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: 1.0} == {1.0: 1}, {} == {}, {"a": [1]} == {"a": [1]})
print(repr({"q'": "d\"", 1: None, (1,): [2]}))
d = {}
d["self"] = d
print(d)
print(a | {"z": 3}, {"x": 0} | a)
a |= {"w": 9}
print(a)
