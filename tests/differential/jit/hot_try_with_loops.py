# Hot loops whose bodies use try/except/finally and `with`, with break and
# continue inside them.

log = []


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, et, ev, tb):
        self.exited += 1
        if et is not None:
            log.append("%s:%s" % (self.name, et.__name__))
        return self.swallow


def finally_counts(n):
    fin = 0
    cont = 0
    brk = -1
    for i in range(n):
        try:
            if i % 5 == 0:
                cont += 1
                continue
            if i == n - 9:
                brk = i
                break
        finally:
            fin += 1
    return fin, cont, brk


print(finally_counts(3000))


def except_in_loop(n):
    errs = 0
    s = 0
    for i in range(n):
        try:
            s += 100 // (i % 10)
        except ZeroDivisionError:
            errs += 1
            continue
        else:
            s += 1
        finally:
            s += 2
        if s > 10 ** 9:
            break
    return s, errs


print(except_in_loop(3000))


def with_loop(n):
    c = Ctx("a")
    total = 0
    for i in range(n):
        with c as cm:
            if i % 7 == 0:
                continue
            total += i
            if i == n - 3:
                break
    return total, c.entered, c.exited


print(with_loop(3000))


def with_swallow(n):
    c = Ctx("sw", swallow=True)
    done = 0
    for i in range(n):
        with c:
            if i % 100 == 0:
                raise KeyError(i)
            done += 1
    return done, c.entered, c.exited


log.clear()
print(with_swallow(2000), len(log), log[:2])


def nested(n):
    outer = Ctx("outer")
    inner = Ctx("inner")
    res = []
    i = 0
    while i < n:
        i += 1
        with outer:
            try:
                with inner:
                    if i % 250 == 0:
                        raise ValueError(i)
                    if i % 3 == 0:
                        continue
            except ValueError as e:
                res.append(int(str(e)))
                continue
            finally:
                if i == n - 1:
                    break
    return res, i, outer.entered, outer.exited, inner.entered, inner.exited


log.clear()
print(nested(2000))
print(len(log), log[:2])


# return from inside finally-protected and with-protected code in a hot function
def ret_in_try(i):
    try:
        if i % 2:
            return "odd"
        return "even"
    finally:
        log.append(i)


log.clear()
r = [ret_in_try(i) for i in range(1000)]
print(r.count("odd"), len(log), log[-3:])


def finally_overrides(i):
    for _ in range(3):
        try:
            return i
        finally:
            if i % 2 == 0:
                break
    return -i


print(sum(finally_overrides(i) for i in range(1000)))


# exception raised by __exit__ itself, inside a hot loop
class Boom(Ctx):
    def __exit__(self, et, ev, tb):
        self.exited += 1
        if self.exited % 400 == 0:
            raise RuntimeError("exit %d" % self.exited)
        return False


b = Boom("boom")
errs = []
for i in range(1200):
    try:
        with b:
            pass
    except RuntimeError as e:
        errs.append(str(e))
print(errs, b.entered)

# try/except inside a while with break in except and continue in else
i = 0
seen = []
while True:
    i += 1
    try:
        v = [1, 2, 3][i % 4]
    except IndexError:
        if i > 2000:
            break
        continue
    else:
        if v == 2:
            continue
    seen.append(v)
print(i, len(seen), seen[:6])
