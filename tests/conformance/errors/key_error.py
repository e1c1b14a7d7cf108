# KeyError from a dict lookup inside a loop.
config = {"host": "localhost", "port": 8080}
for key in ["host", "port", "timeout"]:
    print(key, "=", config[key])
