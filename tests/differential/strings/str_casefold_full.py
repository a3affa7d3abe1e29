# str.casefold() applies full case folding, which differs from lower().
words = ["Straße", "ﬁne", "ﬀ", "ŉ", "ΣΊΣΥΦΟΣ", "ᾈ", "İ", "Ꭰ", "ẞ", "ǰ", "ﬅ", "µ", "ſ", "Ϊ́"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.casefold()), w.lower() == w.casefold(), len(w.casefold()))
print("STRASSE".casefold() == "straße".casefold(), "ﬁle".casefold() == "FILE".casefold())
print(sorted(["ﬁg", "Fig", "fib"], key=str.casefold))
