# Stripping and padding.
raw = "  \t padded text \n"
print(repr(raw.strip()), repr(raw.lstrip()), repr(raw.rstrip()))
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("[" + "hi".center(10) + "]", "[" + "hi".center(9, "*") + "]")
print("[" + "left".ljust(8) + "]", "[" + "right".rjust(8, ".") + "]")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tb\tc".expandtabs(4)), repr("12\t3".expandtabs()))
for item, price in [("coffee", 3.5), ("sandwich", 7.25), ("tea", 2)]:
    print(item.ljust(12, ".") + f"{price:6.2f}")
