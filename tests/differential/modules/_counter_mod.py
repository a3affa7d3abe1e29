count = 0
items = []


def bump():
    global count
    count += 1
    items.append(count)
    return count


def _private():
    return "private"


__all__ = ["bump", "count"]
