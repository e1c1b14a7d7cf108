# Mutating a dict while iterating over it.
scores = {"ann": 50, "bob": 30, "cid": 80}
for name in scores:
    if scores[name] < 40:
        del scores[name]
print(scores)
