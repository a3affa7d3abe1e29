class Hook:
    def __init__(self, name):
        self.name = name
        self._impls = []

    def register(self, func=None, *, order=0):
        def add(f):
            self._impls.append((order, len(self._impls), f))
            self._impls.sort(key=lambda t: (t[0], t[1]))
            return f
        return add(func) if func is not None else add

    def __call__(self, *args, **kwargs):
        results = []
        for _, _, f in self._impls:
            r = f(*args, **kwargs)
            if r is not None:
                results.append(r)
        return results

    def __len__(self):
        return len(self._impls)

    def __repr__(self):
        return f"<Hook {self.name}: {[f.__name__ for _, _, f in self._impls]}>"


class Hooks:
    def __init__(self, *names):
        self._hooks = {n: Hook(n) for n in names}

    def __getitem__(self, name):
        try:
            return self._hooks[name]
        except KeyError:
            raise KeyError(f"no hook named {name!r}; known: {', '.join(sorted(self._hooks))}") from None

    def __contains__(self, name):
        return name in self._hooks

    def __iter__(self):
        return iter(sorted(self._hooks.values(), key=lambda h: h.name))


hooks = Hooks("startup", "transform", "shutdown")


@hooks["startup"].register
def announce():
    return "announce"


@hooks["startup"].register(order=-5)
def load_config():
    return "config"


@hooks["transform"].register(order=2)
def shout(text):
    return text.upper()


@hooks["transform"].register
def count(text):
    return len(text)


@hooks["transform"].register(order=1)
def nothing(text):
    pass


print(hooks["startup"]())
print(hooks["transform"]("hello"))
print(hooks["shutdown"](), len(hooks["shutdown"]))
for h in hooks:
    print(h, len(h))
try:
    hooks["teardown"]
except KeyError as e:
    print("KeyError:", e)
print("startup" in hooks, "x" in hooks, announce(), shout.__name__)
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "-")]
slug = "  Hello Big World  "
for step in pipeline:
    slug = step(slug)
print(slug)
