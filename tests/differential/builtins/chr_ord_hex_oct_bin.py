print(chr(65), chr(122), chr(9731), chr(128512), ord("A"), ord("€"), ord("😀"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
