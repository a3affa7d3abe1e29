inventory = {"apples": 0, "pears": 3, "plums": 0}
for name, qty in inventory.items():
    if qty == 0:
        del inventory[name]
print(inventory)
