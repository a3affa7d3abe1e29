PACKAGES = {
    "app": {"web>=2.0", "db>=1.1", "log"},
    "web": {"http>=1.0", "log", "template"},
    "db": {"log", "pool"},
    "http": {"log"},
    "template": set(),
    "log": set(),
    "pool": {"log"},
    "cyc-a": {"cyc-b"},
    "cyc-b": {"cyc-c"},
    "cyc-c": {"cyc-a"},
    "broken": {"missing-pkg", "log"},
}
VERSIONS = {"web": "2.3", "db": "1.0", "http": "1.4", "log": "0.9", "template": "3.1", "pool": "1.0"}


class ResolveError(Exception):
    pass


class CycleError(ResolveError):
    def __init__(self, path):
        self.path = path
        super().__init__(" -> ".join(path))


def parse_req(req):
    name, sep, ver = req.partition(">=")
    return name, tuple(int(p) for p in ver.split(".")) if sep else None


def resolve(root, seen=None, stack=None, warnings=None):
    seen = [] if seen is None else seen
    stack = [] if stack is None else stack
    warnings = [] if warnings is None else warnings
    if root in stack:
        raise CycleError(stack[stack.index(root):] + [root])
    if root in seen:
        return seen, warnings
    if root not in PACKAGES:
        raise ResolveError(f"unknown package {root!r} (required by {stack[-1] if stack else '<root>'})")
    stack.append(root)
    for req in sorted(PACKAGES[root]):
        name, minimum = parse_req(req)
        if minimum is not None:
            have = tuple(int(p) for p in VERSIONS.get(name, "0").split("."))
            if have < minimum:
                warnings.append(f"{root} wants {name}>={'.'.join(map(str, minimum))}, have {VERSIONS.get(name)}")
        resolve(name, seen, stack, warnings)
    stack.pop()
    seen.append(root)
    return seen, warnings


for target in ["template", "http", "app", "cyc-a", "broken"]:
    try:
        order, warns = resolve(target)
        print(f"{target}: {' '.join(order)}")
        for w in warns:
            print("   warning:", w)
    except CycleError as e:
        print(f"{target}: cycle {e} (len {len(e.path) - 1})")
    except ResolveError as e:
        print(f"{target}: error {e}")
rev = {}
for pkg, reqs in PACKAGES.items():
    for r in reqs:
        rev.setdefault(parse_req(r)[0], set()).add(pkg)
print({k: sorted(v) for k, v in sorted(rev.items()) if len(v) > 1})
print(sorted(PACKAGES, key=lambda p: (-len(PACKAGES[p]), p))[:4])
