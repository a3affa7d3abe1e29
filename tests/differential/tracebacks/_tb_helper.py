def helper_function():
    return "helper ok"


def helper_other():
    return "other"
