# globals() in an imported module's function is that module's dict, not the caller's.
import _globals_mod

Y = 2
print(_globals_mod.mine())
print(globals() is vars(_globals_mod), vars(_globals_mod) is _globals_mod.__dict__)
_globals_mod.set_here("Z", 3)
print(_globals_mod.Z, "Z" in globals(), _globals_mod.mine())
print(sorted(k for k in globals() if not k.startswith("__")))
