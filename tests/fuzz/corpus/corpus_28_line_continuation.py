total = 1 + \
    2 + \
    3
if total > 1 and \
   total < 10:
    pass
values = [
    1,
    2,
]
call = max(
    1,
    2,
)
text = ("a"
        "b")
d = {
    "key":
        "value",
}
x = 1 \
    + 2
