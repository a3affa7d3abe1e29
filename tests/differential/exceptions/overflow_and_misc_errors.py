import math
cases = [
    lambda: 2.0 ** 10000,
    lambda: float(10 ** 400),
    lambda: math.exp(1000),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: [0] * (10 ** 20),
    lambda: math.factorial(-1),
    lambda: round(float("inf")),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except (OverflowError, ValueError, MemoryError) as e:
        # case 0's message comes from the C library's errno text; print only the type
        print(i, type(e).__name__ + ":", e if i else "<errno text>")
