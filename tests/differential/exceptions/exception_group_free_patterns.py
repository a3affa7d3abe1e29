class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__(f"{len(self.errors)} validation error(s)")

    def __str__(self):
        head = super().__str__()
        return head + "".join(f"\n  - {e}" for e in self.errors)


def validate_user(user):
    errors = []
    name = user.get("name")
    if not isinstance(name, str) or not name:
        errors.append("name: required")
    elif not name.isalpha():
        errors.append(f"name: invalid characters in {name!r}")
    try:
        age = int(user.get("age", ""))
    except (TypeError, ValueError) as e:
        errors.append(f"age: {e}")
    else:
        if not 0 <= age <= 150:
            errors.append(f"age: {age} out of range")
    email = user.get("email", "")
    if email.count("@") != 1:
        errors.append(f"email: {email!r} must contain exactly one @")
    if errors:
        raise ValidationError(errors)
    return {"name": name, "age": age, "email": email}


users = [
    {"name": "ann", "age": "31", "email": "ann@x.org"},
    {"name": "b0b", "age": "abc", "email": "bob"},
    {"age": None, "email": "a@b@c"},
    {"name": "zed", "age": 200, "email": "z@z"},
    {"name": "", "age": [1]},
]
for u in users:
    try:
        print("valid:", validate_user(u))
    except ValidationError as e:
        print(e)
        print("  count:", len(e.errors), "args:", e.args)
