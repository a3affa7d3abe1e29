def check(src):
    if "= =" in src:
        raise SyntaxError("invalid syntax", ("config.py", 4, 3, src + "\n"))
    return src
print(check("x = 1"))
check("y = = 2")
