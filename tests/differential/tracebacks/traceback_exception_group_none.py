class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


def step(n):
    if n == 3:
        raise AppError("step three failed", 33)
    return n


results = []
for i in range(5):
    results.append(step(i))
    print(results)
