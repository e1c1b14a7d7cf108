# Searching inside strings.
text = "the quick brown fox jumps over the lazy dog"
print(text.find("the"), text.rfind("the"), text.find("cat"), text.find("o", 15), text.find("o", 15, 20))
print(text.index("fox"), text.rindex("o"), text.count("o"), text.count("the"), text.count(""))
print(text.startswith("the"), text.endswith("dog"), text.startswith(("a", "t")), text.endswith("do", 0, -1))
print("fox" in text, "cat" not in text, "" in text)
try:
    text.index("cat")
except ValueError as e:
    print("ValueError:", e)
url = "https://example.com/api/v1/users"
print(url.removeprefix("https://"), url.removesuffix("/users"), url.split("/")[-1])
