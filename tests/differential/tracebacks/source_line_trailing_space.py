# Traceback source lines keep their trailing whitespace (the indentation is stripped), and
# int() shows at most 200 characters of the rejected literal's repr.
for s in ["y" * 300, "\u00e9" * 250, b"z" * 300, "12a"]:
    try:
        int(s)
    except ValueError as e:
        print(len(str(e)), str(e)[-12:])


def f(d):
    return d["missing"]   	 


f({})
