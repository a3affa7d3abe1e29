class Transaction:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")
        return False
def transfer(amount):
    with Transaction():
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        print("moved", amount)
transfer(5)
transfer(-1)
