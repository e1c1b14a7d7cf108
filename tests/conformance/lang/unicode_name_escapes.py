# \N{...} escapes: character names, aliases, algorithmic names, any letter case.
print(ascii("\N{BULLET} \N{em dash} \N{Latin Small Letter E With Acute}"))
print(ascii("\N{LF}\N{NBSP}\N{BYTE ORDER MARK}\N{ZWJ}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE HIH}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}\N{GRINNING FACE}", len("\N{GRINNING FACE}"))
print(f"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}{1 + 1}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}")
print(r"\N{BULLET}", b"\N{BULLET}")
print("\N{DIGIT ZERO}" == "0", ord("\N{DEL}"))
