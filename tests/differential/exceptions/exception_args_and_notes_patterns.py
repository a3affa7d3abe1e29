class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        try:
            value = record[field]
            if field == "age" and not (0 <= int(value) < 150):
                raise ValidationError(field, f"out of range: {value}")
            if field == "email" and "@" not in value:
                raise ValidationError(field, f"invalid address {value!r}")
        except KeyError as e:
            err = ValidationError(field, "missing")
            err.add_note(f"record keys: {sorted(record)}")
            errors.append(err)
        except ValueError as e:
            if isinstance(e, ValidationError):
                errors.append(e)
            else:
                wrapped = ValidationError(field, "not a number")
                wrapped.__cause__ = e
                errors.append(wrapped)
    return errors
for rec in [{"name": "a", "age": "30", "email": "a@x"}, {"name": "b", "age": "300", "email": "bx"}, {"age": "x"}]:
    errs = validate(rec)
    print(len(errs), [str(e) for e in errs])
    for e in errs:
        print("   ", e.field, repr(e.problem), e.args, getattr(e, "__notes__", None), repr(e.__cause__))
print(issubclass(ValidationError, ValueError), ValidationError("f", "p").args)
e = ValueError("base")
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValidationError("x", "y")
except Exception as caught:
    print(type(caught).__name__, caught, caught.field)
