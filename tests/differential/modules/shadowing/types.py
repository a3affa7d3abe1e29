# A program's own module named like a stdlib module (imported by shadow_stdlib_types.py):
# the script's directory comes first, as in CPython.
X = 1
