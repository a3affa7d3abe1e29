class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state = state
        self.event = event

    def __str__(self):
        return f"cannot {self.event} while {self.state}"

class VendingMachine:
    PRICES = {"cola": 125, "chips": 75, "candy": 60}
    COINS = (100, 25, 10, 5)

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.sales = []

    def insert(self, cents):
        if self.state not in ("idle", "has_credit"):
            raise InvalidTransition(self.state, "insert")
        if cents not in self.COINS:
            raise ValueError(f"rejected coin: {cents}")
        self.credit += cents
        self.state = "has_credit"

    def select(self, item):
        if self.state != "has_credit":
            raise InvalidTransition(self.state, "select")
        if item not in self.PRICES:
            raise KeyError(item)
        if self.stock[item] == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        self.credit -= price
        self.sales.append(item)
        self.state = "dispensing"
        return f"dispensed {item}"

    def take(self):
        if self.state != "dispensing":
            raise InvalidTransition(self.state, "take")
        self.state = "has_credit" if self.credit else "idle"

    def refund(self):
        change, left = [], self.credit
        for c in self.COINS:
            while left >= c:
                change.append(c)
                left -= c
        self.credit = 0
        self.state = "idle"
        return change

vm = VendingMachine()
actions = [("insert", 100), ("select", "cola"), ("insert", 25), ("select", "cola"), ("take",),
           ("select", "chips"), ("insert", 3), ("insert", 100), ("select", "chips"), ("insert", 5),
           ("take",), ("select", "candy"), ("select", "soda"), ("refund",), ("take",), ("refund",)]
for act in actions:
    name, *args = act
    try:
        result = getattr(vm, name)(*args)
        print(f"{name}{tuple(args)!s:<10} -> {result!r:<20} state={vm.state} credit={vm.credit}")
    except InvalidTransition as e:
        print(f"{name}: InvalidTransition: {e} args={e.args}")
    except (ValueError, KeyError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print("sales:", vm.sales, "stock:", vm.stock)
