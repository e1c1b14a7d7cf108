# Indexing, slicing, iteration, ord/chr on strings.
s = "asyncio"
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::2], s[::-1], s[-3:], s[1:-1], s[10:], s[5:2])
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch), chr(ord(ch) + 1))
print(len(s), s * 2, s + "!", "-" * 20)
print(min(s), max(s), sorted(s), list(reversed(s)))
print("a" < "b", "apple" < "apricot", "Z" < "a", "abc" == "abc", "10" < "9")
print(s.upper()[slice(1, 4)])
vowels = sum(1 for c in s if c in "aeiou")
print(f"{vowels} vowels")
