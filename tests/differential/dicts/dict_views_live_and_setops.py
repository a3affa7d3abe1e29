stock = {"apple": 3, "pear": 0, "fig": 7}
keys, values, items = stock.keys(), stock.values(), stock.items()
print(keys, values, items)
stock["kiwi"] = 2
del stock["pear"]
print(len(keys), list(keys), list(values), list(items))
print("fig" in keys, 7 in values, ("fig", 7) in items, ("fig", 8) in items)
print(sorted(keys & {"fig", "plum"}), sorted(keys | {"plum"}), sorted(keys - {"apple"}))
print(keys == {"apple", "fig", "kiwi"}, keys < {"apple", "fig", "kiwi", "z"}, keys.isdisjoint({"x"}))
print(sorted(items & {("kiwi", 2), ("fig", 0)}), sorted(k for k, v in items if v > 2))
other = {"fig": 1, "date": 4}
print(sorted(stock.keys() & other.keys()), sorted(stock.keys() - other), sorted(other.keys() | stock.keys()))
total = 0
for k, v in stock.items():
    total += v
print(total, sum(stock.values()), max(stock, key=stock.get), min(stock.items(), key=lambda kv: kv[1]))
it = iter(keys)
print(next(it))
stock["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(keys)), list(reversed(values)), dict(items) == stock)
