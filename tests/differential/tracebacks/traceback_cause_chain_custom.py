class ConfigError(Exception):
    pass


class LoadError(Exception):
    def __init__(self, path, reason):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self):
        return f"cannot load {self.path}: {self.reason}"


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


def load(path):
    try:
        read_setting({"a": 1}, "b")
    except ConfigError as e:
        raise LoadError(path, "bad config") from e


load("app.cfg")
