def producer():
    try:
        yield 1
        yield 2
    finally:
        print("producer finalizing")
        raise ValueError("error during producer cleanup")


g = producer()
print(next(g))
g.close()
