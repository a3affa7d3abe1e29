cases = [
    lambda: [1, 2, 3][3],
    lambda: [][-1],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: b"ab"[2],
    lambda: range(3)[3],
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[2],
    lambda: {(1, 2): 0}[(2, 1)],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: {1}.remove(2),
]
for i, c in enumerate(cases):
    try:
        c()
    except LookupError as e:
        print(i, type(e).__name__ + ":", e)
