# An exception in __init__ while building a list of objects.
class Sensor:
    def __init__(self, name, reading):
        self.name = name
        self.reading = float(reading)
sensors = [Sensor(n, r) for n, r in [("t1", "21.5"), ("t2", "n/a")]]
