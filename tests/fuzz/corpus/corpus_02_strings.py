s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double"""
s5 = r'raw \n string' + R"raw" + u'unicode' + U"upper"
s6 = b'bytes' + B"bytes" + rb'\d' + Br"\w" + bR'x' + RB"y"
s7 = "escapes: \n \t \r \\ \' \" \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \777"
s8 = b"\x00\xff\n\t\\ \777"
s9 = "implicit" " concatenation" 'of' """strings"""
s10 = ("multi"
       "line"
       "concat")
s11 = "line \
continuation"
s12 = '\d \w invalid escapes kept'
s13 = "quotes ' inside" + 'and " inside' + "both ' \" "
s14 = ''
s15 = """"""
s16 = "non-ASCII: é ü 中文 😀"
s17 = 'tab\there'
s18 = u"kind u" "second"
