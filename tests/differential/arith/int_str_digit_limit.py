import sys
big = 10 ** 4299
print(len(str(big)))
try:
    s = str(10 ** 4300)
    print("converted", len(s))
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 97)
print(hex(10 ** 5000)[:12], (10 ** 5000).bit_length())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(7 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
