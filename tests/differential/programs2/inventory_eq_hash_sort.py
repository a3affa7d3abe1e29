class Item:
    def __init__(self, sku, name, price, qty):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"

    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item in self.items:
            self.items[item].qty += item.qty
        else:
            self.items[item] = item

    def __len__(self):
        return len(self.items)

    def __contains__(self, sku):
        return any(i.sku == sku for i in self.items)

    def __iter__(self):
        return iter(sorted(self.items))

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for it in self:
            lines.append(f"{it.sku:<6}{it.name:<12}{it.price:>8.2f}{it.qty:>5}{it.value:>10.2f}")
        total = sum(i.value for i in self.items)
        lines.append(f"{'':<31}{total:>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "bolt", 0.1, 500), ("B2", "nut", 0.05, 800), ("A1", "bolt", 0.1, 250),
             ("C3", "washer", 0.02, 1000), ("D4", "anchor", 1.25, 40), ("E5", "bolt", 0.12, 10)]:
    inv.add(Item(*args))
print(inv.report())
print("len:", len(inv), "A1 in:", "A1" in inv, "Z9 in:", "Z9" in inv)
print("eq:", Item("A1", "x", 0, 0) == Item("A1", "y", 1, 1), Item("A1", "x", 0, 0) == "A1")
print("set dedupe:", len({Item("Q", "a", 1, 1), Item("Q", "b", 2, 2)}))
print("by value desc:", [i.sku for i in sorted(inv.items, key=lambda i: i.value, reverse=True)])
print("by price then name:", [(i.price, i.name) for i in sorted(inv.items, key=lambda i: (i.price, i.name))])
print("cheapest:", min(inv.items, key=lambda i: i.price))
print("names:", sorted({i.name for i in inv.items}))
