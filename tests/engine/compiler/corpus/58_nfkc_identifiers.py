# Fullwidth letters (a Chinese input method in fullwidth mode) and other compatibility
# characters are NFKC-normalized in identifiers, as CPython does.
ｐｒｉｎｔ("hi")
ｘ１ = 5
print(x1)
ﬁle = 1
class Ｃ:
    def ｍ(self, ａｒｇ=1):
        return self.ａｔｔｒ
print(ﬁle, Ｃ().ｍ)
