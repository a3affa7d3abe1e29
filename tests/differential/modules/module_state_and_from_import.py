import _counter_mod
from _counter_mod import count, bump, items
print(bump(), bump(), count, _counter_mod.count, items)
_counter_mod.count = 100
print(bump(), count, _counter_mod.count, items is _counter_mod.items)
from _counter_mod import count as later_count
print(later_count)
from _counter_mod import *
print(count, bump is _counter_mod.bump)
try:
    _private
except NameError as e:
    print("NameError:", e)
import _counter_mod as cm
print(cm is _counter_mod, cm._private(), sorted(n for n in vars(cm) if not n.startswith("__")))
try:
    from _counter_mod import missing_name
except ImportError as e:
    print("ImportError:", e)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
def local_import():
    import math as m
    from _counter_mod import bump as b
    return m.floor(2.7), b()
print(local_import())
try:
    m
except NameError as e:
    print("NameError:", e)
print(type(_counter_mod).__name__, hasattr(_counter_mod, "bump"), getattr(_counter_mod, "nothing", "dflt"))
