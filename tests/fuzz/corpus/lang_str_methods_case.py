# Case conversions on str.
titles = ["hello world", "PYTHON asyncio", "it's a dog's life", "élan vital", "mIxEd CaSe 42"]
for t in titles:
    print(t.upper(), "|", t.lower(), "|", t.title(), "|", t.capitalize(), "|", t.swapcase())
print("Straße".casefold(), "Straße".upper(), "ǅ".lower())
username = "  Alice "
print(username.strip().lower() == "alice")
