print(True + 1, True * 2.5, True / True, False ** 0, -True, abs(True), True & 3, True | 2, True ^ True)
print(sum([True, True, False]), max(True, 0.5), min(False, -0.0), sorted([True, 2, 0.5, False, -1]))
print(int(True), float(False), str(True), repr(False), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "))
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, hash(True) == hash(1), {True: "a", 1: "b"}, {0, False, 0.0})
print([1, True, 1.0].count(1), [0, False].index(False), True in [1], 1.0 in {True}, (True, 2) == (1, 2.0))
print(10 / 4, 10 // 4, 10 % 4, -10 / 4, -10 // 4, -10 % 4, 10.0 // 4, 2 ** 0.5 * 2 ** 0.5)
print(3 * 0.1, 0.1 * 3 == 0.3, 7 * 1.0, type(7 * 1.0).__name__, type(7 // 2.0).__name__, type(True + True).__name__)
print(1e0, 1e1, 1e16, 1e-4, 1e-5, 0.1e2, 1_000.000_1, 0x10 + 0o10 + 0b10, 1 if 0.0 else 2)
print(2 ** 63, 2 ** 64 - 1, -(2 ** 63), (2 ** 63) * 2, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(2 ** 62 + 2 ** 62, (2 ** 46) * (2 ** 46), 140737488355328 * 2, -140737488355328 - 1, 2 ** 47 - 1 + 1)
x = 2 ** 46
for i in range(4):
    x = x * 2 + 1
    print(x, type(x).__name__, x // 3, x % 1000, -x)
print(abs(-2 ** 63), (-2) ** 63, 2 ** 63 // -1, divmod(2 ** 63, -7), (2 ** 63) >> 1, 1 << 63)
