import sys
import _helper
import _helper
from _helper import add
import _helper as again
print(_helper is again, "_helper" in sys.modules)
print(sys.modules["_helper"] is _helper)
