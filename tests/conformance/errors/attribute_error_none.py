# AttributeError on None: a function that forgot to return.
def find_user(users, name):
    for user in users:
        if user["name"] == name:
            return user
users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"])
user = find_user(users, "bob")
print(user.email)
