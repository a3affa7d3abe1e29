people = [{"name": "ann", "age": 30}, {"name": "bob"}, {"name": "cid", "age": 25}]
def age(p):
    return p["age"]
print(sorted(people[:1], key=age))
print(sorted(people, key=age))
