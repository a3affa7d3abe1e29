def make_counter(limit):
    count = 0

    def step():
        nonlocal count
        count += 1
        if count > limit:
            raise OverflowError(f"counter exceeded {limit}")
        return count

    return step


step = make_counter(2)
print(step())
print(step())
print(step())
