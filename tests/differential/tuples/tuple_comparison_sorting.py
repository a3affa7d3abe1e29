print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
recs = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]
print(sorted(recs))
print(sorted(recs, reverse=True))
print(max(recs), min(recs))
print((1, "a") == (1.0, "a"), (1, 2) != [1, 2])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
