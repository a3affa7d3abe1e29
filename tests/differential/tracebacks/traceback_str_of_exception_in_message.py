class ValidationError(Exception):
    def __init__(self, field, errors):
        self.field = field
        self.errors = errors
        super().__init__(f"{field}: " + "; ".join(errors))


def validate(user):
    errors = []
    if not user.get("name"):
        errors.append("name required")
    if user.get("age", 0) < 0:
        errors.append("age must be >= 0")
    if errors:
        raise ValidationError("user", errors)
    return True


print(validate({"name": "x", "age": 3}))
validate({"age": -1})
