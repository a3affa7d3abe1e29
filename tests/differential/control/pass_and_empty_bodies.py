def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
print(nothing(), type(Empty()).__name__)
def doc_only():
    """only a docstring"""
print(doc_only(), doc_only.__doc__)
x = ...
print(x, type(x).__name__)
