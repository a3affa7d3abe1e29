d = {}
for key in ["simple", "with 'quote'", 42, (1, "a"), 3.5, "", None]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), "|", repr(e))
