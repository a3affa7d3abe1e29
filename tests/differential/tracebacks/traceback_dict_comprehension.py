def parse(pairs):
    return {k: int(v) for k, v in (p.split("=") for p in pairs)}


print(parse(["a=1", "b=2"]))
print(parse(["x=10", "y=oops"]))
