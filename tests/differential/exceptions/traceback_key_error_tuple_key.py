grid = {(0, 0): "start", (1, 0): "path"}
def cell(x, y):
    return grid[(x, y)]
print(cell(0, 0))
print(cell(2, 3))
