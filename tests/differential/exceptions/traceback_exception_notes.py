def load(name):
    try:
        raise FileNotFoundError(f"cannot open {name}")
    except FileNotFoundError as e:
        e.add_note(f"while loading plugin {name!r}")
        e.add_note("hint: check the plugin directory")
        raise
load("alpha")
