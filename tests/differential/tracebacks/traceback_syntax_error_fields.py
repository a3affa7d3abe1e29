# An uncaught SyntaxError without a text line, after one that was caught.
try:
    raise SyntaxError("caught", ("a.py", 1, 1, "x\n"))
except SyntaxError as e:
    print(str(e), e.lineno)
e = SyntaxError("unexpected indent", ("/tmp/pkg/mod.py", 12, 5, None))
print(e)
raise e
