class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, requested):
        self.account = account
        self.requested = requested
        super().__init__(f"account {account.number} has {account.balance:.2f}, needs {requested:.2f}")


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.number = Account._next_number
        Account._next_number += 1
        self.log = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("wd", amount))

    def __repr__(self):
        return f"<Account {self.number} {self.owner} {self.balance:.2f}{' FROZEN' if self.frozen else ''}>"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
        return f"moved {amount:.2f} from {src} to {dst}"


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
carol = bank.open("carol", 50)
ops = [
    (1000, 1001, 30),
    (1001, 1000, 50),
    (1000, 9999, 1),
    (1002, 1001, 25.5),
    (1000, 1002, -5),
]
for src, dst, amt in ops:
    try:
        print(bank.transfer(src, dst, amt))
    except InsufficientFunds as e:
        print("insufficient:", e, "| requested", e.requested)
    except UnknownAccount as e:
        print("unknown account:", e, isinstance(e, KeyError), isinstance(e, LookupError))
    except BankError as e:
        print("bank error:", type(e).__name__, e)
    except ValueError as e:
        print("value error:", e)
carol.frozen = True
try:
    bank.transfer(1000, 1002, 10)
except AccountFrozen as e:
    print("frozen:", e, "| ctx:", e.__context__)
for acct in bank.accounts.values():
    print(acct, acct.log)
print(UnknownAccount.__mro__[1].__name__, [c.__name__ for c in UnknownAccount.__mro__])
