def build_table(n):
    return [1 / (i - 2) for i in range(n)]


class Config:
    name = "cfg"
    size = 4
    table = build_table(size)


print(Config.name)
