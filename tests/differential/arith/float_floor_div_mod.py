vals = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3), (5, 2.5)]
for a, b in vals:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5.0, 0.0 % -5.0)
print(3.0 % float("inf"), -3.0 % float("inf"))
print(7 % 2.0, -7 // 2.0)
