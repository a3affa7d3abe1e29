from _util.text import words

def parse_ints(s):
    return [int(w) for w in words(s)]

def mean(xs):
    return sum(xs) / len(xs)
