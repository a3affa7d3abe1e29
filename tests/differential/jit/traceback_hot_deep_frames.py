# A function that ran thousands of times successfully finally raises from
# several frames deep; nothing catches it, so the traceback and exit status
# are part of the expected output.


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        return check(self.balance, amount)


def check(balance, amount):
    return ratio(balance - amount, amount)


def ratio(left, amount):
    return left // (amount - 7)


def process(accounts, amounts):
    total = 0
    for a in accounts:
        for m in amounts:
            total += a.withdraw(m)
    return total


accounts = [Account(b) for b in range(100, 200, 10)]
print(process(accounts, [1, 2, 3, 4, 5, 6] * 50))
print(process(accounts, [8, 9, 10]))
print("now failing")
print(process(accounts, [10, 9, 8, 7, 6]))
print("not reached")
