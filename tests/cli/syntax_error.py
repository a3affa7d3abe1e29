def f(x):
    return (x +
print("never")
