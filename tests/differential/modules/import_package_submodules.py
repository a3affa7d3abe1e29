from _util import numbers
from _util.text import shout
import _util.text as t
print(numbers.parse_ints("3 4 5"), numbers.mean([1, 2, 3, 4]))
print(shout("hey"), t.words("a b  c"))
import _util
print(hasattr(_util, "text"), hasattr(_util, "numbers"))
