class Discount:
    def apply(self, cart, subtotal):
        return 0.0

    def describe(self):
        return type(self).__name__


class PercentOff(Discount):
    def __init__(self, pct, min_total=0):
        self.pct, self.min_total = pct, min_total

    def apply(self, cart, subtotal):
        return subtotal * self.pct / 100 if subtotal >= self.min_total else 0.0

    def describe(self):
        return f"{self.pct}% off over {self.min_total}"


class BuyXGetY(Discount):
    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y

    def apply(self, cart, subtotal):
        qty = cart.lines.get(self.sku, 0)
        free = qty // (self.x + self.y) * self.y
        return free * cart.catalog[self.sku][1]

    def describe(self):
        return f"buy {self.x} get {self.y} {self.sku}"


class Cart:
    def __init__(self, catalog):
        self.catalog = catalog
        self.lines = {}
        self.discounts = []

    def add(self, sku, qty=1):
        if sku not in self.catalog:
            raise KeyError(sku)
        self.lines[sku] = self.lines.get(sku, 0) + qty
        if self.lines[sku] <= 0:
            del self.lines[sku]
        return self

    def subtotal(self):
        return sum(self.catalog[s][1] * q for s, q in self.lines.items())

    def total(self):
        sub = self.subtotal()
        savings = [(d.describe(), round(d.apply(self, sub), 2)) for d in self.discounts]
        best = max(savings, key=lambda s: s[1], default=("none", 0.0))
        return sub, best, round(sub - best[1], 2)

    def receipt(self):
        lines = []
        for sku in sorted(self.lines):
            name, price = self.catalog[sku]
            q = self.lines[sku]
            lines.append(f"{name:<12}{q:>3} @ {price:>6.2f} = {q * price:>8.2f}")
        sub, (desc, saved), tot = self.total()
        lines.append("-" * 36)
        lines.append(f"{'subtotal':<26}{sub:>10.2f}")
        lines.append(f"{'discount: ' + desc:<26}{-saved:>10.2f}")
        lines.append(f"{'TOTAL':<26}{tot:>10.2f}")
        return "\n".join(lines)


catalog = {"APL": ("apple", 0.5), "BRD": ("bread", 2.25), "CHS": ("cheese", 7.99), "WNE": ("wine", 15.0)}
cart = Cart(catalog)
cart.add("APL", 7).add("BRD").add("CHS", 2).add("APL", -1)
cart.discounts = [PercentOff(10, 20), BuyXGetY("APL", 2, 1)]
print(cart.receipt())
cart.add("WNE", 2)
cart.discounts.append(PercentOff(15, 50))
print(cart.receipt())
cart.add("WNE", -2).add("CHS", -2)
print(cart.lines, cart.total())
try:
    cart.add("XXX")
except KeyError as e:
    print("unknown sku", e)
print(Discount().describe(), Discount().apply(cart, 10))
print(f"{0.1 + 0.7:.2f} {round(2.675, 2)} {round(0.125, 2)} {round(0.375, 2)} {1.005 * 100:.1f}")
