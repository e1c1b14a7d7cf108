# AttributeError on a module, with a suggestion.
import math
print(math.sqrt(16))
print(math.sqr(16))
