# sorted() and list.sort with keys, reverse and stability.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted([3, 1.5, 2, -1, 0.0]), sorted("hello"), sorted({3: "c", 1: "a"}))
scores = {"ann": 88, "bob": 95, "cid": 70}
ranking = sorted(scores, key=scores.get, reverse=True)
print(ranking)
print(sorted(scores.items(), key=lambda kv: kv[1]))
data = [[2, "b"], [1, "z"], [2, "a"]]
data.sort()
print(data)
