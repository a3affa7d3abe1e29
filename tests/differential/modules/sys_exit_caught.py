import sys
for arg in [None, 0, 2, "text"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raised directly:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("exiting normally")
