# time.strftime: the C locale's %c %x %X %r, %R %C %k %l %n %t %s, week numbers %U %W and ISO
# weeks %V %G %g around year boundaries.
import time
fmt = "%c|%x|%X|%R|%r|%C|%k|%l|%n|%t|%s|%U|%W|%V|%G|%g|%j|%a %A %b %B %d %e %H %I %M %S %p %y %Y %m %w %u %F %T %D %%"
for t in (0, 1234567890, 951782400, 1104537600, 1230681600, 1609459199, 1700000000, 86400 * 3, 4102444799, 1420070400, 1451606400, 1483142400):
    print(time.strftime(fmt, time.gmtime(t)))
for y in range(2000, 2031):
    for md in ((1, 1), (1, 4), (12, 28), (12, 31), (6, 15)):
        tt = time.strptime("%d-%02d-%02d" % (y, md[0], md[1]), "%Y-%m-%d")
        print(time.strftime("%Y-%m-%d %a %U %W %V %G %g %j", tt), end=";")
    print()
