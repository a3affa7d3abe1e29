LIMIT = 10

def over_limit(x):
    return x > LIMIT
