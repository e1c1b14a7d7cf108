# An uncaught ExceptionGroup, printed with its boxes.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if record.get("age", 0) < 0:
        errors.append(ValueError("age must be positive"))
    if "email" not in record:
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
validate({"name": "ann", "age": 3, "email": "a@b"})
print("first record ok")
validate({"name": "", "age": -1})
