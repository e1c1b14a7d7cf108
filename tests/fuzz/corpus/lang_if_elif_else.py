# if / elif / else chains.
def classify(temp):
    if temp < 0:
        return "freezing"
    elif temp < 15:
        return "cold"
    elif temp < 25:
        return "mild"
    else:
        return "hot"
for t in (-5, 0, 14.9, 15, 30):
    print(t, classify(t))
status = 404
if status == 200:
    print("ok")
elif status in (301, 302):
    print("redirect")
elif 400 <= status < 500:
    print("client error")
items = []
if items:
    print("non-empty")
else:
    print("empty")
if not None and 0 == 0.0:
    print("both conditions")
