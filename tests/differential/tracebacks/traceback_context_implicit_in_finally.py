def cleanup(resource):
    print("cleaning", resource)
    raise RuntimeError("cleanup failed for " + resource)


def work():
    try:
        print("working")
        return [1, 2, 3][5]
    finally:
        cleanup("db")


work()
