class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Item:
    __count = 0

    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
        Item.__count += 1

    @classmethod
    def created(cls):
        return cls.__count

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}
        self._journal = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self._journal.append(("add", item.sku, item.qty))
        return self

    def remove(self, sku, qty):
        item = self._items[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self._journal.append(("remove", sku, qty))

    def __getitem__(self, sku):
        return self._items[sku]

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __len__(self):
        return sum(1 for i in self._items.values() if i.qty)

    def by_tag(self):
        out = {}
        for item in self:
            for t in sorted(item.tags):
                out.setdefault(t, []).append(item.sku)
        return out

    def total_value(self):
        return sum(i.value for i in self)


inv = Inventory()
inv.add(Item("A1", "bolt", 0.25, 400, ["hardware", "small"])).add(Item("B2", "hammer", 12.5, 10, ["tools"]))
inv.add(Item("C3", "saw", 24.99, 3, ["tools", "sharp"])).add(Item("A1", "bolt", 0.25, 100))
orders = [("A1", 250), ("C3", 5), ("B2", 10), ("Z9", 1), ("A1", 250), ("A1", 250)]
for sku, qty in orders:
    try:
        inv.remove(sku, qty)
        print(f"shipped {qty:>4} x {sku}")
    except OutOfStock as e:
        print(f"backorder: {e} (short {e.wanted - e.have})")
    except KeyError as e:
        print(f"unknown sku {e}")
print(list(inv), len(inv), Item.created())
print(inv.by_tag())
print(f"total value: ${inv.total_value():,.2f}")
print("{:<6}{:<8}{:>8}{:>6}{:>10}".format("SKU", "Name", "Price", "Qty", "Value"))
for it in inv:
    print("{0.sku:<6}{0.name:<8}{0.price:>8.2f}{0.qty:>6}{0.value:>10.2f}".format(it))
print(inv._journal[-3:])
try:
    Item.__count
except AttributeError as e:
    print("AttributeError:", e)
print(Item._Item__count)
