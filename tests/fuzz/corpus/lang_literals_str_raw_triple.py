# Raw strings and triple-quoted strings.
path = r"C:\new\table"
print(path, len(path))
print(repr(r"\d+\.\d*"))
doc = """Line one
    indented line
Line "three" with 'quotes'"""
print(doc)
print(repr(doc))
other = '''single
triple'''
print(other.splitlines())
text = """\
no leading newline
"""
print(repr(text))
print(rb"\x00", Rb"raw\n")
