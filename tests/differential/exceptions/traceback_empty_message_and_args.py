class Multi(Exception):
    pass
def g():
    raise Multi("code", 17, [1, 2])
print("start")
g()
