data = ["10", "x", "20", None, "3.5", "-4"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(("ValueError", str(e)))
        continue
    except TypeError as e:
        errors.append(("TypeError", str(e)))
        continue
    finally:
        print("processed", repr(item))
    print("ok", item)
print(total)
for err in errors:
    print(err)
