lst = [x * x for x in range(5)]
gen = (x * x for x in range(5))
print(type(lst).__name__, type(gen).__name__)
print(lst, list(gen), list(gen))
print(sum(x for x in lst), len(lst))
nested = [list(x for x in range(n)) for n in range(4)]
print(nested)
