# KeyError in a nested subscript, showing the caret ranges.
data = {"users": {"ann": {"age": 31}}}
print(data["users"]["ann"]["age"])
print(data["users"]["bob"]["age"])
