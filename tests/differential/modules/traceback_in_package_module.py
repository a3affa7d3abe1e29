from _shapes import broken
print("calling into _shapes.broken")
def main():
    return broken.explode(1)
main()
