import sys
# Read-only information attributes of sys that scripts commonly consult.
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), len(vi) >= 3)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix)
print(sys.maxunicode, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.getdefaultencoding(), sys.float_repr_style)
