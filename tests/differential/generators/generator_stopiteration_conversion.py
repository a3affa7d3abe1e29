def bad():
    yield 1
    raise StopIteration("inside generator")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def fine():
    yield 1
    return
print(list(fine()))
