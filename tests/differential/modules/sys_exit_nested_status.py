import sys
def deep(n):
    if n == 0:
        print("exit from depth")
        sys.exit(42)
    deep(n - 1)
try:
    deep(3)
except ValueError:
    print("not caught here")
