import sys

def require(major, minor):
    info = sys.version_info
    if (info.major, info.minor) < (major, minor):
        raise SystemExit(f"needs Python {major}.{minor}+")
    return f"{info.major}.{info.minor}"

print("running on", require(3, 8))
print("max int digits check:", sys.maxsize > 2 ** 32)
print("float epsilon:", sys.float_info.epsilon)
print("is 64-bit:", sys.maxsize.bit_length() + 1)
