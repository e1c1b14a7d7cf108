# __lt__ makes objects sortable; comparisons fall back to the reflected method.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"Version('{self.text}')"
versions = [Version("1.10.0"), Version("1.2.0"), Version("1.2"), Version("0.9.9")]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"), Version("1.0") == Version("1.0"))
try:
    Version("1.0") <= Version("1.1")
except TypeError as e:
    print("TypeError:", e)
class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
    def __lt__(self, other):
        return self.priority < other.priority
tasks = [Task(3, "low"), Task(1, "urgent"), Task(2, "normal"), Task(1, "also urgent")]
print([t.name for t in sorted(tasks)])
