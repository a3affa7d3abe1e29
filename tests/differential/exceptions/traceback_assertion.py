def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive: {amount}"
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, -5))
