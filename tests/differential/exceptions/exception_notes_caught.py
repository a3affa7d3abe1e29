try:
    try:
        raise ValueError("base problem")
    except ValueError as e:
        e.add_note("while loading config")
        e.add_note("file: settings.ini")
        raise
except ValueError as e:
    print(e, e.__notes__)
