def outer():
    def inner():
        return value * 2

    print("calling before assignment")
    result = inner()
    value = 21
    return result


outer()
