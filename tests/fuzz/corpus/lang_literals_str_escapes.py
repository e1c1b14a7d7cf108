# String escapes and how repr() quotes them.
s = "tab:\there\nnew line"
print(s)
print(repr(s))
print("\x41\x42\u00e9\u4e2d\N{BULLET}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("back\\slash"), len("back\\slash"))
print(repr("\0\a\b\f\v\r"))
print(repr("\x7f\x80\xff"), repr("\u200b"))
print("caf\u00e9", len("caf\u00e9"))
print('single' == "single", "concat" "enated")
print(repr("emoji \U0001F600"))
print("\101\102\103")
