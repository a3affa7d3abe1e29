def compute():
    result_value = 42
    return reslt_value + 1
print(compute())
