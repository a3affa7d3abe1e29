import random


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def flaky_service(seed):
    rng = random.Random(seed)
    calls = 0

    def call(payload):
        nonlocal calls
        calls += 1
        roll = rng.random()
        if payload == "poison":
            raise PermanentError(f"cannot process {payload!r}")
        if roll < 0.6:
            raise TransientError(f"timeout on call {calls} (roll={roll:.3f})")
        return f"ok:{payload}:{calls}"

    return call


def retry(attempts=4, base=0.1, factor=2.0, retry_on=(TransientError,)):
    def deco(func):
        def wrapper(*args, **kwargs):
            delay = base
            history = []
            for attempt in range(1, attempts + 1):
                try:
                    result = func(*args, **kwargs)
                except retry_on as e:
                    history.append(f"#{attempt} {e} -> wait {delay:.2f}s")
                    delay = min(delay * factor, 1.0)
                    continue
                except Exception as e:
                    history.append(f"#{attempt} fatal {type(e).__name__}")
                    raise RuntimeError(f"gave up: {e}") from e
                else:
                    history.append(f"#{attempt} success")
                    return result, history
                finally:
                    wrapper.total_attempts += 1
            raise TimeoutError(f"{attempts} attempts failed; last wait {delay:.2f}") from None
        wrapper.total_attempts = 0
        return wrapper
    return deco


service = flaky_service(42)
robust = retry(attempts=5)(service)
for payload in ["a", "b", "poison", "c", "d"]:
    try:
        result, hist = robust(payload)
        print(payload, "=>", result)
        for h in hist:
            print("    ", h)
    except RuntimeError as e:
        print(payload, "=> RuntimeError:", e, "| cause:", repr(e.__cause__))
    except TimeoutError as e:
        print(payload, "=> TimeoutError:", e, e.__suppress_context__)
print("total attempts:", robust.total_attempts)
random.seed(1)
print([round(random.uniform(0, 1), 4) for _ in range(3)], random.randint(1, 100), random.choice("abcdef"))
r = random.Random(7)
print(r.sample(range(100), 5), r.randrange(0, 100, 5))
