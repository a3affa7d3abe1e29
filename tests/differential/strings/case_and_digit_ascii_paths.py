# capitalize/isdigit/isdecimal on ASCII text (fast paths) and on text beyond ASCII.
words = ["", "a", "A", "hello World", "hELLO", "ÉCOLE", "école", "123abc", "ABC def", "x\u0301y", "9", " lead"]
for w in words:
    print(repr(w.capitalize()), w.isdigit(), w.isdecimal(), w.isnumeric(), w.upper(), w.lower())
for d in ["0123456789", "12a", "١٢٣", "²", "½", "٣x", "", " 1"]:
    print(repr(d), d.isdigit(), d.isdecimal(), d.isnumeric())
