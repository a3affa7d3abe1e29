class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku


class UnknownItem(InventoryError, KeyError):
    pass


class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def _get(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def remove(self, sku, qty):
        item = self._get(sku)
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        return round(item.price * qty, 2)

    def report(self):
        lines = []
        for sku in sorted(self.items):
            it = self.items[sku]
            lines.append(f"{sku:<6}{it.name:<12}{it.qty:>5}{it.price:>8.2f}{it.value:>10.2f}")
        total = sum(it.value for it in self.items.values())
        lines.append(f"{'TOTAL':<23}{'':>13}{total:>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("A100", "widget", 2.5, 10))
inv.add(Item("B200", "gizmo", 12.99, 3))
inv.add(Item("C300", "doohickey", 0.35, 250))
inv.add(Item("A100", "widget", 2.5, 5))
print(inv.report())
orders = [("A100", 4), ("B200", 5), ("Z999", 1), ("C300", 250), ("C300", 1), ("B200", 3)]
revenue = 0
for sku, qty in orders:
    try:
        amount = inv.remove(sku, qty)
        revenue += amount
        print(f"sold {qty} x {sku} for {amount:.2f}")
    except OutOfStock as e:
        print("OutOfStock:", e, "| sku attr:", e.sku)
    except UnknownItem as e:
        print("UnknownItem:", e, isinstance(e, KeyError), isinstance(e, InventoryError))
print(f"revenue {revenue:.2f}")
print(inv.report())
print(inv.log)
print([it for it in inv.items.values() if it.qty == 0])
