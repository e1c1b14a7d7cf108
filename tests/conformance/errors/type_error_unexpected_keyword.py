# TypeError for an unexpected keyword argument.
def connect(host, port=80, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("example.com", timeout=5))
print(connect("example.com", tmeout=5))
