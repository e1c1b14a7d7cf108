# IndentationError: unindent does not match any outer indentation level.
def process(items):
    for item in items:
        print(item)
      print("done")
