class ConfigError(Exception):
    pass
def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError as e:
        raise ConfigError(f"bad port {cfg['port']!r}") from e
def start(cfg):
    try:
        return read_port(cfg)
    except ConfigError:
        raise RuntimeError("server failed to start")
print(start({"port": "80"}))
start({"port": "eighty"})
