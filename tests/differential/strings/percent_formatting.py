print("%s is %d years" % ("Bob", 30))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.2f %10.3f %-10.1f| %e %E %g" % (3.14159, 2.5, 1.25, 1234.5, 0.00012, 1e20))
print("%r %s %a" % ("q'", "q'", "é"))
print("%c%c" % (72, "i"), "100%%", "%s" % [1, 2], "%s" % (1,))
print("%(name)s has %(n)03d" % {"name": "x", "n": 7})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % 3.99, "%i" % -2)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
