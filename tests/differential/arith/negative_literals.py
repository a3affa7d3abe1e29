# Negative number literals are constants (folded as CPython folds them); a minus applied
# to anything else (a call, a power, a parenthesized negation) still computes.
print(-5, -0.5, -0.0, -0, -9223372036854775808, -(2**63), -1e308, -float("inf"), -10**30, --3, -(-4))
x = [-1, -2.5]
print(x, -1 .bit_length(), (-1).bit_length(), -2 ** 2, (-2) ** 2, -True)
f = lambda: -1
print(f(), 3 * -2, 7 // -2, 7 % -3)
