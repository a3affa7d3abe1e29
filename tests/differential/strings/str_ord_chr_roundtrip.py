s = "Hello, Wörld! ∑ 😀"
codes = [ord(c) for c in s]
print(codes)
print("".join(chr(c) for c in codes) == s)
print(chr(65), chr(97), chr(48), chr(0x263A), repr(chr(10)), repr(chr(0)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
