def find(items, target):
    for i in items:
        if i == target:
            return {"value": i}


hit = find([1, 2, 3], 2)
print(hit["value"])
miss = find([1, 2, 3], 9)
print(miss.get("value"))
