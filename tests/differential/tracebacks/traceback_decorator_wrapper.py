def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper


@logged
def divide(a, b=1):
    return a // b


divide(7, b=2)
divide(1, 0)
