# Carets under a binary operation inside a longer expression.
width = 10
height = 0
ratio = (width + 5) * 2 / height + 1
