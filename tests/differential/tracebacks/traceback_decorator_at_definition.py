def register(registry):
    def deco(func):
        if func.__name__ in registry:
            raise KeyError(func.__name__)
        registry[func.__name__] = func
        return func
    return deco


handlers = {}


@register(handlers)
def on_start():
    return "start"


print(sorted(handlers))


@register(handlers)
def on_start():
    return "again"
