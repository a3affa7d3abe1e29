from _helper import add, GREETING, Thing
from _helper import describe as desc
print(add(10, 20), GREETING, Thing("x"), desc())
import _helper
print(_helper.calls)
