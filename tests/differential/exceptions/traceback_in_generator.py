def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise RuntimeError(f"cannot produce {i}")
        yield i * 10
def consume():
    total = 0
    for n in numbers(5):
        print("got", n)
        total += n
    return total
consume()
