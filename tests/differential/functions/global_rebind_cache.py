# Global loads stay correct while globals are rebound, added, deleted and shadow builtins
# (the interpreter caches global lookups by entry position).
counter = 0


def read_counter():
    return counter


def use_len(x):
    return len(x)


seen = []
for i in range(5):
    counter = i * 10
    seen.append(read_counter())
print(seen)

# Shadow a builtin with a global, then remove the shadow again.
print(use_len([1, 2, 3]))


def len(x):
    return -1


print(use_len([1, 2, 3]))
del len
print(use_len([1, 2, 3]))

# Delete a global that a function reads, then rebind it.
del counter
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
counter = "back"
print(read_counter())

# Many new globals (the globals dict grows and its entries move) between reads.
def add_globals():
    global n00, n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29
    n00 = n01 = n02 = n03 = n04 = n05 = n06 = n07 = n08 = n09 = n10 = n11 = n12 = n13 = n14 = n15 = n16 = n17 = n18 = n19 = n20 = n21 = n22 = n23 = n24 = n25 = n26 = n27 = n28 = n29 = 7


print(read_counter())
add_globals()
print(read_counter(), n00 + n29)
counter = 99
print(read_counter(), len([0]))
