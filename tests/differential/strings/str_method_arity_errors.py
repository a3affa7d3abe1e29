# Wrong numbers of arguments to str methods: the TypeError messages.
calls = [
    ("count()", lambda: "abc".count()),
    ("find()", lambda: "abc".find()),
    ("index()", lambda: "abc".index()),
    ("rfind()", lambda: "abc".rfind()),
    ("startswith()", lambda: "abc".startswith()),
    ("endswith()", lambda: "abc".endswith()),
    ("replace('a')", lambda: "abc".replace("a")),
    ("center()", lambda: "abc".center()),
    ("ljust()", lambda: "abc".ljust()),
    ("zfill()", lambda: "abc".zfill()),
    ("partition()", lambda: "abc".partition()),
    ("rpartition()", lambda: "abc".rpartition()),
    ("upper(1)", lambda: "abc".upper(1)),
    ("lower(1)", lambda: "abc".lower(1)),
    ("strip(1)", lambda: "abc".strip(1)),
    ("split(None, 1, 2)", lambda: "a b".split(None, 1, 2)),
    ("join()", lambda: ",".join()),
    ("format_map()", lambda: "x".format_map()),
    ("encode(1)", lambda: "x".encode(1)),
    ("isdigit(1)", lambda: "1".isdigit(1)),
]
for label, fn in calls:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
