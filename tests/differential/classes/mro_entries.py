# PEP 560: a base with __mro_entries__ is replaced by what it answers; __orig_bases__ keeps
# the original bases.
class Entry:
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return (dict,)
e = Entry()
class K(e):
    pass
print(K.__mro__, K.__orig_bases__[0] is e)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class Z(Bad()): pass
except TypeError as ex:
    print(ex)
