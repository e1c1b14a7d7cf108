# ord, chr, format and ascii.
print(ord("a"), ord("Z"), ord("0"), ord("\n"), ord("é"), ord("中"), ord("😀"))
print(chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(65) + chr(66))
shift = 3
secret = "".join(chr((ord(c) - 97 + shift) % 26 + 97) if c.isalpha() else c for c in "hello world")
print(secret)
print(format(1234567.891, ",.2f"), format(0.75, ".0%"), format(42, "x"), format("text", "^10"), format(3, "03"))
print(ascii("naïve café"), ascii([1, "ü"]))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
