# json: dumps options and output, loads with hooks, CPython's decode errors.
import json

data = {"name": "Molt", "ok": True, "none": None, "n": [1, 2.5, -3, 1e100, 10**20],
        "nested": {"a": [], "b": {}, "c": [{"d": "é\n\"q\"\\"}]}, "t": (1, "x"), 3: "int key",
        2.5: "float key", False: "bool key", None: "none key"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"z": None}]}, indent="\t", sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps("snow ☃ and 😀 \x01", ensure_ascii=True), json.dumps("snow ☃ 😀", ensure_ascii=False))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([float("nan"), float("inf"), -float("inf")]))
for bad in ({(1, 2): 3}, [object()], {"k": {1, 2}}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
text = '{"a": [1, 2.0, -0.5e3, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00\\n"}, "d": 12345678901234567890}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, obj["b"]["c"] == "é😀\n")
print(json.loads(text, object_pairs_hook=list))
print(json.loads('{"x": 1.5, "y": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'[1]'), json.loads('  "s"  '))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"k": {"j": 1}}', object_hook=lambda d: sorted(d)))
for t in ['[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '["a\\x"]', '"\\u12"', '', '  ',
          '[1]x', '01', '-', '1.', '1e', '"a\tb"', 'nul', '{"a":\n  [1,\n  x]}']:
    try:
        print(repr(t), json.loads(t))
    except json.JSONDecodeError as e:
        print(repr(t), e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
round_trip = json.loads(json.dumps(data, sort_keys=False, skipkeys=False))
print(round_trip == json.loads(json.dumps(data)), sorted(round_trip))
