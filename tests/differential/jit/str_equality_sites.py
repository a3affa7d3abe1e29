# == and != at sites that saw only strs, later given other operands: equal texts in different
# objects, the same object, ints, None, instances with __eq__, NaN.
def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def count_quotes(text):
    n = 0
    for ch in text:
        if ch == '"':
            n += 1
        elif ch != " ":
            n += 0
    return n


words = ["alpha", "beta", "alpha", "é", "", "x" * 50]
hits = 0
for i in range(3000):
    w = words[i % len(words)]
    v = words[(i * 7) % len(words)]
    if eq(w, v):
        hits += 1
    if ne(w, v + ""):
        hits += 2
print(hits, count_quotes('say "hi" and "bye"' * 50))
print(eq("ab", "a" + "b"), ne("ab", "a" + "b"), eq("ab", "ab "), ne("é", "e"))


class Loose:
    def __eq__(self, other):
        return "equal to everything"

    def __ne__(self, other):
        return "never unequal"


nan = float("nan")
cases = [(1, 1), (1, 2), (None, None), ("a", None), (Loose(), "a"), ("a", Loose()),
         (nan, nan), (b"a", "a"), ((1,), (1,))]
for a, b in cases:
    print(type(a).__name__, type(b).__name__, eq(a, b), ne(a, b))
same = Loose()
print(eq(same, same), ne(same, same))
print(eq(nan, nan), ne(nan, nan), [nan] == [nan])
