# Exception-heavy control flow: raise/except in loops, custom exception hierarchy, finally, re-raise, chained handlers


class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        AppError.__init__(self, "bad %s: %r" % (field, value))
        self.field = field
        self.value = value


class RetryableError(AppError):
    def __init__(self, attempt):
        AppError.__init__(self, "retry")
        self.attempt = attempt


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return None


def validate(record):
    k, v = record
    if v is None:
        raise ValidationError(k, v)
    if v < 0:
        raise ValidationError(k, v)
    if v % 97 == 13:
        raise AppError("unlucky")
    return v


def flaky(n, attempt):
    if (n + attempt) % 4 != 0:
        raise RetryableError(attempt)
    return n * 2


def with_retry(n):
    attempt = 0
    while True:
        try:
            return flaky(n, attempt), attempt
        except RetryableError as e:
            attempt = e.attempt + 1
            if attempt > 5:
                raise


def lookup_chain(tables, key):
    for t in tables:
        try:
            return t[key]
        except KeyError:
            continue
    raise KeyError(key)


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


tokens = []
for i in range(240000):
    if i % 3 == 0:
        tokens.append(str(i))
    elif i % 3 == 1:
        tokens.append("x%d" % i)
    else:
        tokens.append(str(-i))

parsed = 0
failed = 0
for t in tokens:
    v = parse_int(t)
    if v is None:
        failed += 1
    else:
        parsed += v

errors = {}
ok_sum = 0
finally_count = 0
for i, t in enumerate(tokens):
    try:
        ok_sum += validate(("f%d" % (i % 5), parse_int(t)))
    except ValidationError as e:
        errors[e.field] = errors.get(e.field, 0) + 1
    except AppError as e:
        errors[str(e)] = errors.get(str(e), 0) + 1
    finally:
        finally_count += 1

retries = 0
retried_sum = 0
for n in range(220000):
    r, a = with_retry(n)
    retries += a
    retried_sum += r

tables = [{i: i for i in range(0, 300, 3)}, {i: -i for i in range(1, 300, 3)}, {}]
found = 0
missing = 0
for rep in range(1100):
    for k in range(300):
        try:
            found += lookup_chain(tables, k)
        except KeyError:
            missing += 1

depth_hits = 0
for n in range(10000):
    try:
        deep(n % 30)
    except IndexError as e:
        if e.args[0] == "bottom":
            depth_hits += 1

stops = 0
for n in range(120000):
    it = iter(range(n % 4))
    while True:
        try:
            next(it)
        except StopIteration:
            stops += 1
            break

zero_div = 0
for n in range(180000):
    try:
        zero_div += 100 // (n % 7)
    except ZeroDivisionError:
        zero_div -= 1

reraised = 0
wrapped = 0
for n in range(72000):
    try:
        try:
            if n % 3 == 0:
                raise ValueError(n)
            raise KeyError(n)
        except ValueError:
            raise
        except KeyError as e:
            raise AppError("wrapped %d" % e.args[0])
    except ValueError:
        reraised += 1
    except AppError as e:
        wrapped += len(e.args[0])

print("parsed", parsed, "failed", failed)
print("ok_sum", ok_sum, "finally", finally_count, "errors", sorted(errors.items()))
print("retries", retries, "retried_sum", retried_sum)
print("found", found, "missing", missing, "deep", depth_hits, "stops", stops, "zdiv", zero_div)
print("reraised", reraised, "wrapped", wrapped)
