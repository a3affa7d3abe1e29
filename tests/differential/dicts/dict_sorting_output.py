stock = {"pear": 4, "apple": 12, "fig": 0, "banana": 7, "cherry": 12}
print(sorted(stock))
print(sorted(stock, key=stock.get))
print(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print([k for k, v in stock.items() if v == max(stock.values())])
top = dict(sorted(stock.items(), key=lambda kv: kv[1], reverse=True)[:3])
print(top)
