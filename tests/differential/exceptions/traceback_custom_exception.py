class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def pay(self, cost):
        if cost > self.amount:
            raise InsufficientFunds(cost, self.amount)
        self.amount -= cost
        return self.amount
w = Wallet(10)
print(w.pay(3))
print(w.pay(20))
