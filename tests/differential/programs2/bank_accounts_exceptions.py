class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}; balance {account.balance:.2f}")

class AccountFrozen(BankError):
    pass

class Account:
    next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.id = Account.next_id
        Account.next_id += 1
        self.transactions = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.transactions.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance:.2f})"

class SavingsAccount(Account):
    rate = 0.02

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer {src.id}->{dst.id} failed") from e
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise

a = Account("alice", 100)
b = SavingsAccount("bob", 50.5)
c = Account("carol")
for op in [lambda: transfer(a, b, 30), lambda: transfer(b, c, 500), lambda: c.deposit(-5),
           lambda: b.add_interest(), lambda: setattr(c, "frozen", True), lambda: transfer(a, c, 10),
           lambda: c.withdraw(1)]:
    try:
        r = op()
        print("ok", r)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except BankError as e:
        print(f"{type(e).__name__}: {e}; cause={e.__cause__!r:.40}; ctx={type(e.__context__).__name__}")
    except ValueError as e:
        print("ValueError:", e)
for acct in (a, b, c):
    print(acct, acct.transactions)
print(isinstance(InsufficientFunds(a, 1), BankError), InsufficientFunds.__mro__[1].__name__)
