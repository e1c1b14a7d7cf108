match = 1
case = 2
_ = 3
print(match, case, _)
match.real if False else None
type = 5
