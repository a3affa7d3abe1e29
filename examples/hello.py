def greet(name: str) -> str:
    return f"Hello, {name}!"


squares = [n * n for n in range(10)]
print(greet("Molt"))
print("squares:", squares, "sum:", sum(squares))
