# TypeError: unhashable type as a dict key.
visited = set()
point = [1, 2]
visited.add(point)
