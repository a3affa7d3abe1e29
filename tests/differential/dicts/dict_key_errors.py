d = {"a": 1}
for k in ["a", "b", 1, (1, 2), None, "it's"]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print(repr(k), "KeyError:", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
