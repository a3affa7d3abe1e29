X = 1


def mine():
    return sorted(k for k in globals() if not k.startswith("__"))


def set_here(name, value):
    globals()[name] = value
