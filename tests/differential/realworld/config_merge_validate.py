DEFAULTS = {"server": {"host": "localhost", "port": 8080, "tls": {"enabled": False, "cert": None}},
            "logging": {"level": "INFO", "handlers": ["console"]}, "features": []}
SCHEMA = {"server.host": str, "server.port": int, "server.tls.enabled": bool, "logging.level": str,
          "logging.handlers": list, "features": list}


def merge(base, override, path=""):
    out = dict(base)
    for k, v in override.items():
        here = f"{path}.{k}" if path else k
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = merge(out[k], v, here)
        else:
            if k in out and type(out[k]) is not type(v) and out[k] is not None:
                print(f"  note: {here} changes type {type(out[k]).__name__} -> {type(v).__name__}")
            out[k] = v
    return out


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v


def validate(cfg):
    errors = []
    flat = dict(flatten(cfg))
    for key, typ in SCHEMA.items():
        if key not in flat:
            errors.append(f"missing {key}")
        elif not isinstance(flat[key], typ) or (typ is int and isinstance(flat[key], bool)):
            errors.append(f"{key}: expected {typ.__name__}, got {type(flat[key]).__name__} ({flat[key]!r})")
    port = flat.get("server.port")
    if isinstance(port, int) and not 0 < port < 65536:
        errors.append(f"server.port out of range: {port}")
    if flat.get("logging.level") not in ("DEBUG", "INFO", "WARN", "ERROR"):
        errors.append(f"bad level {flat.get('logging.level')!r}")
    return errors


overrides = [
    {"server": {"port": 9000, "tls": {"enabled": True, "cert": "/etc/cert.pem"}}, "features": ["beta"]},
    {"server": {"port": "80"}, "logging": {"level": "TRACE"}},
    {"server": {"port": True, "host": None}},
    {"server": {"port": 70000}, "logging": {"handlers": "file"}},
    {},
]
for i, ov in enumerate(overrides):
    print(f"config {i}:")
    cfg = merge(DEFAULTS, ov)
    errs = validate(cfg)
    for k, v in flatten(cfg):
        if k in dict(flatten(ov)):
            print(f"  {k:<20} = {v!r}")
    print("  errors:", errs if errs else "none")
print(DEFAULTS["server"]["port"], DEFAULTS["features"])
print(sorted(dict(flatten(DEFAULTS))))
