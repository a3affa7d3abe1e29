class Order:
    def __init__(self, items):
        self.items = items
    @property
    def subtotal(self):
        return sum(price * qty for price, qty in self.items)
    @property
    def total(self):
        return round(self.subtotal * 1.08, 2)
print(Order([(2.5, 2), (1.0, 3)]).total)
print(Order([(2.5, 2), ("1.0", 3)]).total)
