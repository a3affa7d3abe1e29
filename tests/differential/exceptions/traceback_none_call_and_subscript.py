def find(items, key):
    for k, v in items:
        if k == key:
            return v
def main():
    pairs = [("a", [1, 2]), ("b", [3])]
    print(find(pairs, "a")[0])
    print(find(pairs, "z")[0])
main()
