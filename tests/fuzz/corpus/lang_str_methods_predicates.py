# replace and the is*() predicates.
s = "one two two three"
print(s.replace("two", "2"), s.replace("two", "2", 1), s.replace("", "-")[:10])
tests = ["123", "12.5", "abc", "abc123", "   ", "", "Title Case", "UPPER", "lower", "x_1", "1x", "٣"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier())
print("hello".isascii(), "héllo".isascii(), "Hello World".istitle())
