import _helper
before = _helper.calls
_helper.add(1, 2)
_helper.add(3, 4)
print(_helper.calls - before)
_helper.GREETING = "patched"
import _helper as h2
print(h2.GREETING)
print(_helper.describe())
