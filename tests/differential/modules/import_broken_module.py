# Importing a module that does not compile raises its SyntaxError at the import, every time
# (also in a binary built ahead of time, where the error was found at build time).
for attempt in range(2):
    try:
        import _broken_syntax
    except SyntaxError as e:
        print("attempt", attempt, type(e).__name__, e)
try:
    from _broken_syntax import anything
except SyntaxError as e:
    print("from-import", type(e).__name__)
import sys
print("_broken_syntax" in sys.modules)
