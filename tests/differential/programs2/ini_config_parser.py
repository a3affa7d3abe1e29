CONFIG = """
; global settings
[server]
host = example.org
port = 8080
debug = yes
timeout = 2.5

[database]
user = admin
password = "s3cr=t"
pool = 4   ; inline comment
# another comment style

[paths]
root = /var/app
logs = ${root}/logs
cache = ${logs}/cache
bad line without equals
[empty]
"""

class ConfigError(Exception):
    pass

def parse(text):
    data = {}
    section = None
    errors = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            data.setdefault(section, {})
            continue
        if "=" not in line:
            errors.append(f"line {n}: {raw.strip()!r}")
            continue
        if section is None:
            raise ConfigError(f"line {n}: key outside section")
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        data[section][key.strip()] = value
    return data, errors

def interpolate(section):
    out = {}
    def resolve(key, seen=()):
        if key in seen:
            raise ConfigError("cycle: " + " -> ".join(seen + (key,)))
        value = section[key]
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            ref = value[start + 2:end]
            value = value[:start] + resolve(ref, seen + (key,)) + value[end + 1:]
        return value
    for k in section:
        out[k] = resolve(k)
    return out

def typed(value):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    return value

data, errors = parse(CONFIG)
print("sections:", list(data))
print("errors:", errors)
for name, sec in data.items():
    print(f"[{name}]")
    for k, v in interpolate(sec).items():
        t = typed(v)
        print(f"  {k:<10} = {t!r:<22} ({type(t).__name__})")
cyclic = {"a": "${b}", "b": "x${a}"}
try:
    interpolate(cyclic)
except ConfigError as e:
    print("ConfigError:", e)
try:
    parse("k = v")
except ConfigError as e:
    print("ConfigError:", e)
