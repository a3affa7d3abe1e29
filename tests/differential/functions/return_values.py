def none_implicit():
    x = 1
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i == 3:
            return "hit three"
    return "done"
print(none_implicit(), none_explicit(), multiple())
print(early(-1), early(10), early(2))
def returns_function():
    return len
print(returns_function()("abcd"))
