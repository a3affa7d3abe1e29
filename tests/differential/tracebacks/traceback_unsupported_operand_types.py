class Money:
    def __init__(self, cents):
        self.cents = cents


total = 0
for amount in [1, 2, Money(3)]:
    total = total + amount
    print(total)
