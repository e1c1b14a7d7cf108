# SyntaxError: a bracket left open at the end of the file.
names = ["ann", "bob",
         "cid"
