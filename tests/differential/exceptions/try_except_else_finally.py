def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", e)
        return "error"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
