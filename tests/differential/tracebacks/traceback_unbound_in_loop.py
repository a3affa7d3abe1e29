def last_positive(xs):
    for x in xs:
        if x > 0:
            found = x
    return found


print(last_positive([1, -2, 3]))
print(last_positive([-1, -2]))
