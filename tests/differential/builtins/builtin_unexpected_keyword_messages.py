# TypeError messages for unexpected keyword arguments to builtins and methods.
cases = [
    ("max([1], a=1)", lambda: max([1], a=1)),
    ("min([1], keyfunc=len)", lambda: min([1], keyfunc=len)),
    ("sorted([], reversed=True)", lambda: sorted([], reversed=True)),
    ("[].sort(x=2)", lambda: [].sort(x=2)),
    ("[].sort(key=None, x=2)", lambda: [].sort(key=None, x=2)),
    ("print(1, ends='')", lambda: print(1, ends="")),
    ("'a'.split(delim=',')", lambda: "a".split(delim=",")),
    ("sum([1], begin=0)", lambda: sum([1], begin=0)),
    ("len(obj=[])", lambda: len(obj=[])),
    ("int('5', bas=10)", lambda: int("5", bas=10)),
    ("{}.get(key=1)", lambda: {}.get(key=1)),
    ("[].append(object=1)", lambda: [].append(object=1)),
]
for label, fn in cases:
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "-> TypeError:", e)
