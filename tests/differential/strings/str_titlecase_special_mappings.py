# title() and capitalize() use the titlecase mapping, which can expand.
for w in ["ß", "ßa", "ﬁsh", "ﬂow er", "ǆemal", "ǳ", "ŉa", "ﬀoo bar", "ǉubljana", "ǈ", "a ǆ"]:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.upper()), w.istitle())
