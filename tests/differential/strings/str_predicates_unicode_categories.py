# isalpha/isidentifier/isnumeric follow Unicode categories exactly.
chars = ["Ⅻ", "ⅻ", "〇", "ᛮ", "x²", "²", "½", "٣", "Ⓐ", "ª", "ǅ", "ʰ", "々", "_a", "a·b", "℘", "℮", "ﾞ", "ⅰ"]
for c in chars:
    print(repr(c), c.isalpha(), c.isalnum(), c.isidentifier(), c.isnumeric(), c.isdigit(), c.isdecimal(),
          c.islower(), c.isupper())
