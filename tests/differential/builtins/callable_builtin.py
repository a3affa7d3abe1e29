class F:
    def __call__(self):
        return 1
class G:
    pass
def fn():
    pass
vals = [fn, lambda: 0, len, int, F, F(), G, G(), 5, "s", None, print, [].append, str.upper]
print([callable(v) for v in vals])
