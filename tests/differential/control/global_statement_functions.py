counter = 0
registry = {}
config = None


def increment(by=1):
    global counter
    counter += by
    return counter


def register(name):
    registry[name] = len(registry)


def set_config(**kw):
    global config
    if config is None:
        config = {}
    config.update(kw)


def read_before_global():
    total = counter * 2
    return total


print(increment(), increment(5), counter)
register("a")
register("b")
print(registry)
set_config(debug=True)
set_config(level=3)
print(config, read_before_global())


def make_global():
    global created_later
    created_later = "now exists"


try:
    print(created_later)
except NameError as e:
    print("NameError:", e)
make_global()
print(created_later)


def delete_global():
    global created_later
    del created_later


delete_global()
try:
    created_later
except NameError as e:
    print("NameError:", e)


def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter


print(unbound(), counter)
for counter in range(3):
    pass
print(counter)
