# A \N{...} escape whose name is not a Unicode character name.
print("before")
arrow = "\N{RIGHTWARDS ARROW}"
face = "\N{SMILING FACE WITH A TYPO}"
