def add_item(item, bucket={}):
    bucket[item] = bucket.get(item, 0) + 1
    return bucket
print(add_item("x"))
print(add_item("y"))
print(add_item("x"))
print(add_item.__defaults__)
