scale = lambda x: 100 // x
print(list(map(scale, [1, 2, 5])))
print(list(map(scale, [4, 0, 2])))
