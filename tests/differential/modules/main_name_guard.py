import _helper
def main():
    print("running main, __name__ =", __name__)
    print("helper __name__ =", _helper.__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
