import _cyc_a
import _cyc_b
print(_cyc_a.use_b(), _cyc_b.use_a())
print(_cyc_a._cyc_b is _cyc_b, _cyc_b._cyc_a is _cyc_a)
import sys
print("_cyc_a" in sys.modules, sys.modules["_cyc_b"] is _cyc_b)
print(_cyc_a.__name__, _cyc_b.__name__, __name__)
