# ValueError: not enough values to unpack.
line = "host=localhost"
key, value, comment = line.split("=")
