def convert(s):
    return int(s)
def fallback(s):
    return float(s)
def robust(s):
    try:
        return convert(s)
    except ValueError:
        return fallback(s)
print(robust("12"))
print(robust("1.5"))
print(robust("abc"))
