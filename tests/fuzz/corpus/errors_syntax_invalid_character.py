# SyntaxError: invalid character.
area = 5 × 3
