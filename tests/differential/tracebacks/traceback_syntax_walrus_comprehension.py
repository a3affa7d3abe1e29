print("this line never runs: the file fails to compile")
values = [(n := n * 2) for n in range(3)]
print(values)
