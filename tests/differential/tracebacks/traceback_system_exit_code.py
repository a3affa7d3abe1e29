import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, repr(e.args))
try:
    raise SystemExit
except SystemExit as e:
    print("caught bare", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught none", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught text", e.code)
print("exiting with 3")
raise SystemExit(3)
