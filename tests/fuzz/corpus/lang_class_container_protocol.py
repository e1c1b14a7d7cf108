# __len__, __getitem__, __setitem__, __contains__ and __bool__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        return self.songs[index]
    def __setitem__(self, index, value):
        self.songs[index] = value
    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)
p = Playlist("Intro", "Song A", "Outro")
print(len(p), p[0], p[-1], p[0:2], "song a" in p, "missing" in p)
p[1] = "Song B"
print(list(p), [s for s in p if "o" in s])
for song in p:
    print("playing", song)
class Inventory:
    def __init__(self):
        self.items = {}
    def __bool__(self):
        return any(self.items.values())
    def __getitem__(self, key):
        return self.items.get(key, 0)
    def __setitem__(self, key, value):
        self.items[key] = value
inv = Inventory()
print(bool(inv), "empty" if not inv else "stocked")
inv["bolts"] = 0
print(bool(inv))
inv["nuts"] += 5
print(bool(inv), inv["nuts"], inv["washers"])
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
