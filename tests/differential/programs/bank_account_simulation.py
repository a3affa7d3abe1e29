class InsufficientFunds(Exception):
    pass


class AccountClosed(Exception):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.number = Account._next_number
        Account._next_number += 1
        self.owner = owner
        self.balance = balance
        self.history = []
        self.open = True

    def _check_open(self):
        if not self.open:
            raise AccountClosed(f"account {self.number} is closed")

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check_open()
        if amount > self.balance:
            raise InsufficientFunds(
                f"{self.owner} cannot withdraw {amount}; balance {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def close(self):
        self.open = False

    def __repr__(self):
        return f"Account#{self.number}({self.owner}, {self.balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except AccountClosed:
            a.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account("alice", 100))
bob = bank.open(SavingsAccount("bob", 250, rate=0.05))
carol = bank.open(Account("carol"))
print(bank.accounts)
operations = [
    ("transfer", 1000, 1001, 40),
    ("transfer", 1001, 1002, 500),
    ("interest", 1001),
    ("deposit", 1002, -5),
    ("close", 1002),
    ("transfer", 1000, 1002, 10),
    ("transfer", 1001, 1000, 60),
    ("deposit", 1000, 12.5),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(op[1], op[2], op[3])
            print("transfer ok", op[1:])
        elif op[0] == "interest":
            print("interest", bank.accounts[op[1]].add_interest())
        elif op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
            print("deposit ok", op[1:])
        elif op[0] == "close":
            bank.accounts[op[1]].close()
            print("closed", op[1])
    except (InsufficientFunds, AccountClosed, ValueError) as e:
        print(type(e).__name__ + ":", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("bank total", bank.total())
