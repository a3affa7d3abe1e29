class VendingError(Exception):
    pass


class VendingMachine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.inserted = 0
        self.bank = {c: 5 for c in self.COINS}
        self.state = "idle"

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.inserted += coin
        self.bank[coin] += 1
        self.state = "paying"
        return self.inserted

    def change_for(self, amount):
        out = []
        for c in self.COINS:
            while amount >= c and self.bank[c] > 0:
                amount -= c
                self.bank[c] -= 1
                out.append(c)
        if amount:
            for c in out:
                self.bank[c] += 1
            raise VendingError("cannot make exact change")
        return out

    def select(self, name):
        if name not in self.stock:
            raise VendingError(f"unknown product {name!r}")
        price, count = self.stock[name]
        if count == 0:
            raise VendingError(f"{name} sold out")
        if self.inserted < price:
            raise VendingError(f"{name} costs {price}, inserted {self.inserted}")
        change = self.change_for(self.inserted - price)
        self.stock[name] = (price, count - 1)
        self.inserted = 0
        self.state = "idle"
        return name, change

    def cancel(self):
        refund = self.change_for(self.inserted)
        self.inserted = 0
        self.state = "idle"
        return refund


vm = VendingMachine({"cola": (150, 2), "chips": (85, 1), "gum": (35, 0)})
script = [("insert", 100), ("insert", 50), ("select", "cola"), ("insert", 200), ("select", "chips"),
          ("insert", 3), ("select", "gum"), ("insert", 100), ("select", "chips"), ("select", "tea"),
          ("cancel", None), ("insert", 200), ("select", "cola"), ("select", "cola")]
for op, arg in script:
    try:
        if op == "insert":
            print("inserted total", vm.insert(arg))
        elif op == "select":
            print("vended", vm.select(arg))
        else:
            print("refund", vm.cancel())
    except VendingError as e:
        print("VendingError:", e)
print(vm.stock, vm.state, vm.inserted)
print(sorted(vm.bank.items()))
