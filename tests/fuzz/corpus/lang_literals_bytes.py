# bytes literals, their repr, and common operations.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3])
print(b"\x00\x01\xff", b"tab\there", b"quote'", b'dq"', b"both'\"")
print(list(b"abc"), bytes([104, 105]), bytes(3))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b.upper(), b.startswith(b"he"), b.find(b"l"), b.replace(b"l", b"L"))
print("héllo".encode(), "héllo".encode().decode())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc")
print(b.hex())
print(b"\x80abc".decode("utf-8", "replace"))
print(type(b).__name__, b == "hello", b.decode() == "hello")
