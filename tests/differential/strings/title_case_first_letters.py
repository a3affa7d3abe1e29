# str.capitalize and str.title use the title case of a word's first character, which differs
# from the upper case for a few characters (ß, Latin digraphs, ligatures, Greek with
# ypogegrammeni, Georgian, Armenian).
words = ["ßtraße", "ǆemal", "ǉubav", "ǌego", "ǳiga", "ﬁnal", "ﬂow", "ﬀ", "ﬆop", "ᾳδω", "ᾀνω", "ῳδή",
         "ﬓ", "և", "ვეფხ", "straße ßx", "hello ǆ world", "école", "ΣΟΦΙΑ", "ﬁ ﬂ ﬀ"]
for w in words:
    print(w.capitalize(), w.title(), w.upper())
print("ß".title(), "ǅ".title(), "ǅ".capitalize(), "Ǆ".lower().title())
