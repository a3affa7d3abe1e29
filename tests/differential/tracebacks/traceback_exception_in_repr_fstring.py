class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


wallet = [Money(150), Money(99)]
print(f"wallet: {wallet}")
wallet.append(Money(None))
print(f"wallet: {wallet}")
