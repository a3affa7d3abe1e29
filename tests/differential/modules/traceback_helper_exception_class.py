import _helper
print(_helper.strict_positive(3))
try:
    _helper.strict_positive(0)
except _helper.HelperError as e:
    print("caught", type(e).__name__, type(e).__module__, type(e).__qualname__, e)
_helper.strict_positive(-2)
