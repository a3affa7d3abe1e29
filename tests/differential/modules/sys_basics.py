import sys
print(len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info >= (3, 0))
print(type(sys.modules).__name__, "sys" in sys.modules)
print(sys.stdout is not None, sys.stderr is not None)
