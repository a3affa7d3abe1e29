def f1():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "f1 done"
print(f1())
def f2():
    try:
        return "try"
    finally:
        print("f2 finally")
print(f2())
def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f3 x set to", x)
print(f3())
def f4():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f4())
def f5():
    for i in range(3):
        try:
            try:
                if i == 0:
                    raise ValueError(i)
                return i
            finally:
                print("inner finally", i)
                if i == 1:
                    continue
        except ValueError as e:
            print("caught", e)
    return "loop end"
print(f5())
def f6():
    while True:
        try:
            try:
                raise KeyError("x")
            finally:
                break
        except KeyError:
            print("never")
    return "exception swallowed by break"
print(f6())
def f7():
    count = 0
    while count < 3:
        count += 1
        try:
            continue
        finally:
            print("f7 finally", count)
    else:
        print("f7 else")
    return count
print(f7())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("f8 inner finally")
    finally:
        print("f8 outer finally")
print(f8())
def f9(n):
    try:
        if n:
            raise ValueError("v")
        return "no error"
    except ValueError:
        return "handled"
    else:
        return "else"
    finally:
        print("f9 finally", n)
print(f9(0), f9(1))
def f10():
    result = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                result.append((i, j))
            finally:
                result.append("f")
    return result
print(f10())
