def process(batch):
    done, failed = [], []
    for i, item in enumerate(batch):
        try:
            if item is None:
                raise TypeError("None item")
            value = 100 // item
        except ZeroDivisionError:
            failed.append((i, "zero"))
            continue
        except TypeError as e:
            failed.append((i, str(e)))
            if len(failed) > 2:
                print("  too many failures, stopping")
                break
        else:
            done.append(value)
        finally:
            print(f"  item {i} processed")
    else:
        print("  batch completed without break")
    return done, failed


print(process([1, 2, 0, 5]))
print(process([None, 0, None, None, 4]))


def nested_retry(values):
    attempts = 0
    while values:
        v = values.pop(0)
        attempts += 1
        try:
            try:
                if v < 0:
                    raise ValueError(v)
                if v == 0:
                    raise ZeroDivisionError
            except ValueError as e:
                print("  negative", e.args[0], "-> retry with abs")
                values.insert(0, abs(v))
                continue
            print("  ok", 10 / v)
        except ZeroDivisionError:
            print("  zero, skipping")
        finally:
            print("  attempt", attempts)
    return attempts


print(nested_retry([2, -4, 0]))
errors = []
for exc_type in (ValueError, KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc_type("generated")
    except (ValueError, LookupError) as e:
        errors.append(f"lookup-or-value:{type(e).__name__}:{e}")
    except Exception as e:
        errors.append(f"other:{type(e).__name__}")
print(errors)
