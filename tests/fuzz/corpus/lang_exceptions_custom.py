# Custom exception classes.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
    def __str__(self):
        return f"gave up after {self.attempts} attempts"
def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    return True
try:
    validate({"name": ""})
except AppError as e:
    print(type(e).__name__, e, e.field, e.args, repr(e))
try:
    raise RetryableError(3)
except AppError as e:
    print(e, repr(e), e.args, isinstance(e, Exception))
class WithDefault(Exception):
    def __init__(self, msg="something failed"):
        super().__init__(msg)
print(repr(WithDefault()), str(WithDefault("custom")))
errors = []
for data in [{"name": "ok"}, {}, {"name": None}]:
    try:
        validate(data)
    except ValidationError as e:
        errors.append(str(e))
print(errors)
