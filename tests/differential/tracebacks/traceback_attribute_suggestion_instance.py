class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ann"

    def deposit(self, amount):
        self.balance += amount


a = Account()
a.deposit(5)
print(a.balance)
print(a.balanse)
