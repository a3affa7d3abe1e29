class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"
def check(rec):
    if "name" not in rec:
        raise NotFound("name")
    if not rec["name"]:
        raise ValidationError("name", "empty")
    return "valid"
for rec in [{"name": "x"}, {}, {"name": ""}]:
    try:
        print(check(rec))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.problem, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
print(repr(AppError("a", 2)), str(AppError("a", 2)), str(AppError()), repr(AppError()))
