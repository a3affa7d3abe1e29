inventory = {"apple": 3, "pear": 0}
def take(name, n):
    have = inventory[name]
    inventory[name] = have - n
    return inventory[name]
print(take("apple", 1))
print(take("banana", 1))
