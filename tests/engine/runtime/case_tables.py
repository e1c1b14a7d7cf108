"""The case lists gen_cases.py turns into cases_*.inc. Values are Python literals."""


def str_cases(method, binop, value, builtin, **_):
    c = []
    for s in ["'hello world'", "'  a b  c '", "'a,b,,c'", "''", "'héllo wörld'", "'中文 字符'",
              "'Hello World'", "'hELLO wORLD'", "'a\\tb\\nc'", "'line1\\nline2\\r\\nline3\\n'"]:
        for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "split", "rsplit",
                  "splitlines", "strip", "lstrip", "rstrip", "isdigit", "isalpha", "isalnum", "isspace",
                  "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii", "isdecimal",
                  "isnumeric", "expandtabs", "encode", "__len__"]:
            c.append(method(s, m))
        c.append(value(s))
        c.append(method(s, "splitlines", "True"))
    c += [
        method("'a,b,,c'", "split", "','"), method("'a,b,,c'", "split", "','", "1"),
        method("'a,b,,c'", "rsplit", "','", "1"), method("'a b c'", "split", maxsplit="1"),
        method("' a  b c '", "rsplit", "None", "1"), method("'abc'", "split", "''"),
        method("'a1b1c'", "split", "1"), method("'ab'", "partition", "'b'"),
        method("'abab'", "rpartition", "'b'"), method("'ab'", "partition", "'x'"),
        method("'ab'", "rpartition", "'x'"), method("'ab'", "partition", "''"),
        method("','", "join", "['a', 'b', 'c']"), method("','", "join", "['a', 1]"),
        method("''", "join", "('x', 'y')"), method("'-'", "join", "'abc'"), method("','", "join", "[]"),
        method("'xxhixx'", "strip", "'x'"), method("'xyhiyx'", "strip", "'xy'"), method("'hi'", "strip", "1"),
        method("'hello'", "replace", "'l'", "'L'"), method("'hello'", "replace", "'l'", "'L'", "1"),
        method("'abc'", "replace", "''", "'-'"), method("'abc'", "replace", "''", "'-'", "2"),
        method("'hello'", "find", "'l'"), method("'hello'", "rfind", "'l'"), method("'hello'", "find", "'z'"),
        method("'hello'", "find", "'l'", "3"), method("'hello'", "find", "'l'", "-2"),
        method("'hello'", "find", "''", "5"), method("'hello'", "find", "''", "6"),
        method("'hello'", "index", "'z'"), method("'hello'", "rindex", "'l'"), method("'héllo'", "find", "'l'"),
        method("'中文字符'", "find", "'字'"), method("'hello'", "count", "'l'"), method("'hello'", "count", "''"),
        method("'aaaa'", "count", "'aa'"), method("'hello'", "count", "'l'", "3", "4"),
        method("'hello'", "startswith", "'he'"), method("'hello'", "startswith", "('x', 'h')"),
        method("'hello'", "endswith", "'lo'"), method("'hello'", "startswith", "'l'", "2"),
        method("'hello'", "startswith", "1"), method("'hello'", "endswith", "('a', 1)"),
        method("'abc'", "center", "9"), method("'abc'", "center", "8", "'*'"), method("'abc'", "center", "2"),
        method("'ab'", "center", "7", "'-'"), method("'abc'", "ljust", "6", "'.'"), method("'abc'", "rjust", "6"),
        method("'abc'", "center", "5", "'xy'"), method("'42'", "zfill", "5"), method("'-42'", "zfill", "5"),
        method("'+x'", "zfill", "4"), method("'a\\tbc\\td'", "expandtabs", "4"),
        method("'TestCase'", "removeprefix", "'Test'"), method("'TestCase'", "removesuffix", "'Case'"),
        method("'abc'", "removeprefix", "'x'"), method("'ßtraße'", "upper"), method("'ßtraße'", "casefold"),
        method("'hello world'", "title"), method("\"they're bill's\"", "title"), method("'ǅx'", "istitle"),
        method("'ǆemal'", "title"), method("'ǉ'", "capitalize"), method("'ßa'", "title"), method("'ßa'", "capitalize"),
        method("'abc'", "encode", "'ascii'"), method("'é'", "encode", "'ascii'"), method("'é'", "encode"),
        method("'é'", "encode", "'latin-1'"), method("'é'", "encode", "'ascii'", "'replace'"),
        method("'é'", "encode", "'ascii'", "'ignore'"), method("'x'", "encode", "'bogus'"),
        method("'{} {}'", "format", "1", "'a'"), method("'{1} {0}'", "format", "1", "'a'"),
        method("'{x} {y!r}'", "format", x="1", y="'b'"), method("'{0[1]} {0[0]}'", "format", "[5, 6]"),
        method("'{:>5}|{:<5}|{:^5}'", "format", "'a'", "'b'", "'c'"), method("'{:05.2f}'", "format", "3.14159"),
        method("'{:,}'", "format", "1234567"), method("'{{}} {}'", "format", "1"), method("'{'", "format"),
        method("'}'", "format"), method("'{0} {}'", "format", "1", "2"), method("'{} {0}'", "format", "1", "2"),
        method("'{2}'", "format", "1"), method("'{x}'", "format"), method("'{:{w}}|'", "format", "'a'", w="4"),
        method("'{0.real}'", "format", "3"), method("'{!x}'", "format", "1"), method("'{:d}'", "format", "'a'"),
        method("'{a[k]}'", "format", a="{'k': 2}"), method("'{!a}'", "format", "'é'"),
        method("'{:e}'", "format", "12345.678"), method("'{:.3%}'", "format", "0.5"),
        method("'{:x} {:X} {:o} {:b} {:#x}'", "format", "255", "255", "8", "5", "255"),
        method("'{:c}'", "format", "65"), method("'{:+d} {: d}'", "format", "5", "5"),
        method("'{:=+8.2f}'", "format", "-3.5"), method("'{:08.3f}'", "format", "-3.5"),
        method("'{:_}'", "format", "1234567"), method("'{:_x}'", "format", "0xabcdef12"),
        method("'{:.2s}'", "format", "'hello'"), method("'{:10.3}'", "format", "3.14159"),
        method("'{:g}'", "format", "1e-5"), method("'{:g}'", "format", "123456789.0"),
        method("'{:.0f}'", "format", "2.5"), method("'{:.0f}'", "format", "3.5"),
        method("'{:n}'", "format", "1234"), method("'{:>10,.2f}'", "format", "1234.5"),
        method("'{:010,}'", "format", "1234"), method("'{:z.1f}'", "format", "-0.01"),
        method("'%s and %r'", "__mod__", "('x', 'y')"), method("'%d%%'", "__mod__", "50"),
        method("'%5.1f|%-6d|%06.2f'", "__mod__", "(3.14159, 42, 2.5)"), method("'%x %X %o %#x'", "__mod__", "(255, 255, 8, 255)"),
        method("'%(a)s-%(b)d'", "__mod__", "{'a': 'x', 'b': 2}"), method("'%d'", "__mod__", "'a'"),
        method("'%d %d'", "__mod__", "1"), method("'%d'", "__mod__", "(1, 2)"), method("'%z'", "__mod__", "1"),
        method("'%'", "__mod__", "1"), method("'%c%c'", "__mod__", "(65, 'b')"), method("'%s'", "__mod__", "[1, 2]"),
        method("'%.3s'", "__mod__", "'abcdef'"), method("'%e'", "__mod__", "1234.5"), method("'%g'", "__mod__", "0.0001"),
        method("'%i'", "__mod__", "True"), method("'%d'", "__mod__", "3.99"), method("'%*d'", "__mod__", "(5, 3)"),
        method("'%s'", "__mod__", "()"), method("'no args'", "__mod__", "()"), method("'%r'", "__mod__", "'中'"),
        method("'%a'", "__mod__", "'中'"), method("'%5s|%-5s|'", "__mod__", "('ab', 'cd')"),
        method("'abc'", "isidentifier"), method("'1abc'", "isidentifier"), method("'_x1'", "isidentifier"),
        method("'变量'", "isidentifier"), method("'²'", "isdigit"), method("'²'", "isdecimal"),
        method("'½'", "isnumeric"), method("'٣'", "isdecimal"), method("' \\t'", "isspace"),
        method("'a'", "maketrans", "'ab'", "'xy'"), method("'abc'", "translate", "{97: 'A', 98: None}"),
        method("'abc'", "__getitem__", "1"), method("'abc'", "__getitem__", "-1"), method("'abc'", "__getitem__", "3"),
        method("'abc'", "__getitem__", "'a'"), method("'héllo'", "__getitem__", "slice(1, 4, None)"),
        method("'hello'", "__getitem__", "slice(None, None, -1)"), method("'中文字符'", "__getitem__", "slice(None, None, 2)"),
        method("'hello'", "__getitem__", "slice(-3, None, None)"), method("'hello'", "__contains__", "'ell'"),
        method("'hello'", "__contains__", "1"),
        binop("'ab'", "+", "'cd'"), binop("'ab'", "+", "1"), binop("1", "+", "'ab'"), binop("'ab'", "*", "3"),
        binop("3", "*", "'ab'"), binop("'ab'", "*", "-1"), binop("'ab'", "*", "2.0"), binop("'ab'", "*", "'c'"),
        binop("'a'", "<", "'b'"), binop("'a'", "<", "1"), binop("'abc'", "==", "'abc'"), binop("'é'", ">", "'z'"),
        binop("'a'", "in", "'abc'"), binop("1", "in", "'abc'"), binop("'abc'", "[]", "1.5"),
        value("'it\\'s'"), value("'say \"hi\"'"), value("'both \\' and \"'"), value("'\\x00\\x7f\\x80\\xff'"),
        value("'\\u200b\\u2028\\ufeff'"), value("'tab\\there'"), value("'\\\\'"), value("'😀 emoji'"),
        value("'\\U0001f600\\U000e0001'"), value("'\\r\\n'"),
        builtin("ascii", "'héllo 中 😀'"), builtin("repr", "'中文'"), builtin("str", "b'abc'"),
        builtin("str", "b'\\xc3\\xa9'", "'utf-8'"), builtin("str", "b'\\xff'", "'utf-8'"),
        builtin("str", "1", "'utf-8'"), builtin("ord", "'中'"), builtin("ord", "'ab'"), builtin("ord", "1"),
        builtin("chr", "20013"), builtin("chr", "-1"), builtin("chr", "0x110000"), builtin("chr", "'a'"),
    ]
    return c


def int_cases(binop, unary, builtin, method, value, **_):
    c = []
    nums = ["0", "7", "-7", "3", "-3", "2**64", "-(2**64)", "2**63-1", "-(2**63)", "10**30", "True"]
    ops = ["+", "-", "*", "//", "%", "/", "**", "<<", ">>", "&", "|", "^", "<", "==", ">="]
    for a in nums:
        for b in ["0", "3", "-3", "2**64", "-(2**65)", "1", "True"]:
            for op in ops:
                if op == "**" and b in ("2**64",) and a not in ("0", "True", "-1"):
                    continue
                if op == "<<" and b == "2**64":
                    continue
                c.append(binop(a, op, b))
        for op in ["-", "+", "~", "not"]:
            c.append(unary(op, a))
        for m in ["bit_length", "bit_count", "__index__", "__abs__", "as_integer_ratio", "conjugate"]:
            c.append(method(a, m))
        c.append(value(a))
    c += [
        binop("7", "/", "2"), binop("1", "/", "3"), binop("2**100", "/", "3"), binop("10**400", "/", "10**399"),
        binop("10**400", "/", "1"), binop("1", "/", "10**400"), binop("-1", "/", "10**400"), binop("0", "/", "-5"),
        binop("2", "**", "-1"), binop("0", "**", "-1"), binop("2", "**", "0.5"), binop("-8", "**", "2"),
        binop("1", "<<", "-1"), binop("1", "<<", "200"), binop("-1", ">>", "100"), binop("5", "+", "2.5"),
        binop("5", "*", "'a'"), binop("5", "<", "5.5"), binop("2**53+1", "==", "2.0**53+1"), binop("2**53+1", ">", "2.0**53"),
        binop("10**400", ">", "1e308"), binop("-(10**400)", "<", "float('-inf')"), binop("1", "==", "1.0"),
        binop("1", "==", "'1'"), binop("1", "<", "'1'"), binop("None", "<", "1"), binop("1", "+", "None"),
        binop("[]", "+", "1"), binop("(1,)", "+", "[2]"), binop("[1]", "*", "[2]"), binop("1.5", "*", "[1]"),
        binop("{}", "+", "{}"), binop("1", "in", "[1]"),
        builtin("int", "'42'"), builtin("int", "' -42 '"), builtin("int", "'1_000'"), builtin("int", "'1__0'"),
        builtin("int", "'_1'"), builtin("int", "'0x1f'", "16"), builtin("int", "'0x1f'", "0"), builtin("int", "'1f'", "16"),
        builtin("int", "'0b101'", "0"), builtin("int", "'0o17'", "0"), builtin("int", "'017'", "0"), builtin("int", "'000'", "0"),
        builtin("int", "'z'", "36"), builtin("int", "'12a'"), builtin("int", "''"), builtin("int", "'٣٤'"),
        builtin("int", "3.99"), builtin("int", "-3.99"), builtin("int", "1e20"), builtin("int", "float('inf')"),
        builtin("int", "float('nan')"), builtin("int", "[]"), builtin("int", "'1'", "1"), builtin("int", "1", "10"),
        builtin("int", "True"), builtin("int"), builtin("int", "b'12'"), builtin("int", x="'5'"),
        builtin("int", "'0x_1f'", "0"), builtin("int", "'1' * 5000"),
        builtin("str", "10**5000"), builtin("hex", "255"), builtin("hex", "-255"), builtin("oct", "8"), builtin("bin", "-5"),
        builtin("bin", "2**70"), builtin("hex", "1.5"), builtin("abs", "-5"), builtin("abs", "-(2**70)"), builtin("abs", "'x'"),
        builtin("divmod", "7", "2"), builtin("divmod", "-7", "2"), builtin("divmod", "7", "-2"), builtin("divmod", "7", "0"),
        builtin("divmod", "7.5", "2"), builtin("divmod", "-7.5", "2"), builtin("divmod", "1.0", "0"), builtin("divmod", "'a'", "1"),
        builtin("pow", "2", "10"), builtin("pow", "2", "10", "1000"), builtin("pow", "3", "-1", "7"), builtin("pow", "3", "-1", "6"),
        builtin("pow", "2", "5", "0"), builtin("pow", "2", "0.5", "3"), builtin("pow", "-2", "3", "-5"), builtin("pow", "2", "-2"),
        builtin("round", "2.5"), builtin("round", "3.5"), builtin("round", "-2.5"), builtin("round", "2.675", "2"),
        builtin("round", "1234", "-2"), builtin("round", "1250", "-2"), builtin("round", "1350", "-2"), builtin("round", "5", "2"),
        builtin("round", "1.5", "0"), builtin("round", "12345.6789", "-2"), builtin("round", "float('inf')"),
        builtin("round", "'x'"), builtin("round", "0.5"), builtin("round", "-0.5"), builtin("round", "1e300", "2"),
        method("255", "to_bytes", "2", "'big'"), method("255", "to_bytes", "2", "'little'"),
        method("-1", "to_bytes", "2", "'big'", signed="True"), method("300", "to_bytes", "1", "'big'"),
        method("-1", "to_bytes", "1", "'big'"), method("int", "from_bytes", "b'\\x01\\x00'", "'big'"),
        method("int", "from_bytes", "b'\\xff\\xff'", "'little'", signed="True"), method("1", "to_bytes"),
        method("7", "__round__", "-1"), method("15", "__round__", "-1"), method("25", "__round__", "-1"),
        method("5", "__format__", "'x>6'"), method("5", "__format__", "'.2'"), method("5", "__format__", "'s'"),
        method("1234567", "__format__", "','"), method("-1234567", "__format__", "'020,'"),
        method("255", "__format__", "'#010b'"), method("5", "__format__", "'.2f'"), method("5", "__format__", "'%'"),
        method("10**20", "__format__", "'e'"), method("65", "__format__", "'c'"), method("-5", "__format__", "'c'"),
        method("42", "__format__", "'^+9'"), method("42", "__format__", "'=10'"), method("-42", "__format__", "'010'"),
    ]
    return c


def float_cases(binop, unary, builtin, method, value, **_):
    c = []
    vals = ["0.1", "0.5", "-0.0", "1e16", "1e-5", "123456789.123", "1.0", "-2.5", "float('inf')", "float('nan')",
            "1e22", "1e-7", "0.3", "2.0**53", "1/3", "5e-324", "1.7976931348623157e308", "100.0", "1e15", "123e-20"]
    for v in vals:
        c.append(value(v))
        for m in ["is_integer", "as_integer_ratio", "hex", "__round__", "__trunc__", "__floor__", "__ceil__", "__abs__"]:
            c.append(method(v, m))
        for spec in ["''", "'.2f'", "'e'", "'g'", "'.3g'", "'%'", "'10.4'", "'+,.2f'", "'#.0f'", "'>12'", "'*^12.3e'",
                     "'n'", "'G'", "'F'", "'.0e'", "'z.2f'"]:
            c.append(method(v, "__format__", spec))
        for op in ["-", "+", "not"]:
            c.append(unary(op, v))
    for a in ["7.5", "-7.5", "0.0", "1e308", "float('inf')", "float('nan')"]:
        for b in ["2", "-2.0", "0.0", "0", "float('inf')", "0.1", "3"]:
            for op in ["+", "-", "*", "/", "//", "%", "**", "<", "==", ">"]:
                c.append(binop(a, op, b))
    c += [
        builtin("float", "'1.5'"), builtin("float", "' -1.5e3 '"), builtin("float", "'inf'"), builtin("float", "'-Infinity'"),
        builtin("float", "'nan'"), builtin("float", "'1_000.5'"), builtin("float", "'1__0'"), builtin("float", "'abc'"),
        builtin("float", "''"), builtin("float", "[]"), builtin("float", "10**400"), builtin("float", "2**1023*2-1"),
        builtin("float", "'1e500'"), builtin("float", "'0x10'"), builtin("float", "True"), builtin("float"),
        builtin("float", "'٣.٥'"), builtin("float", "'.5'"), builtin("float", "'5.'"), builtin("float", "'.'"),
        builtin("float", "'1e'"), builtin("float", "b'2.5'"), builtin("float", "2**53+1"), builtin("float", "2**54+3"),
        method("float", "fromhex", "'0x1.8p1'"), method("float", "fromhex", "'-0x1p-1074'"), method("float", "fromhex", "'zz'"),
        method("float", "fromhex", "'inf'"), binop("0.1", "+", "0.2"), binop("1e308", "*", "10"), binop("10.0", "**", "400"),
        binop("2.0", "**", "-1075"), binop("-8.0", "**", "(1/3)"), binop("0.0", "**", "-1"), binop("(-2.0)", "**", "2"),
        binop("1.0", "==", "1"), binop("0.5", "<", "1"), binop("float('nan')", "!=", "float('nan')"),
        builtin("sum", "[0.1] * 10"), builtin("sum", "[1, 2.5, 3]"), builtin("sum", "[1e100, 1.0, -1e100]"),
        builtin("hash", "1.5"), builtin("hash", "-1.0"), builtin("hash", "1e100"), builtin("hash", "0.1"),
        builtin("hash", "float('inf')"), builtin("hash", "2**61"), builtin("hash", "-1"), builtin("hash", "2**64 + 5"),
        builtin("hash", "-(2**70)"), builtin("hash", "(1, 2)"), builtin("hash", "()"), builtin("hash", "(1, (2, 3))"),
        builtin("hash", "'abc'"), builtin("hash", "''"), builtin("hash", "'中文'"), builtin("hash", "'é'"),
        builtin("hash", "'😀'"), builtin("hash", "b'abc'"), builtin("hash", "frozenset({1, 2})"),
        builtin("hash", "frozenset()"), builtin("hash", "[]"), builtin("hash", "{}"), builtin("hash", "True"),
        builtin("hash", "range(3)"),
    ]
    return c


def container_cases(method, builtin, binop, inplace, value, **_):
    c = []
    c += [
        method("[3, 1, 2]", "sort"), method("[3, 1, 2]", "sort", reverse="True"), method("['b', 'A', 'c']", "sort", key="str.lower"),
        method("[1, 'a']", "sort"), method("['a', 1]", "sort"), method("[(1, 'b'), (1, 'a'), (0, 'z')]", "sort"),
        method("[3, 1, 2]", "sort", "None"), method("[1, 2, 3]", "append", "4"), method("[1, 2, 3]", "extend", "(4, 5)"),
        method("[1, 2, 3]", "extend", "1"), method("[1, 2, 3]", "insert", "-1", "9"), method("[1, 2, 3]", "insert", "100", "9"),
        method("[1, 2, 3]", "insert", "-100", "9"), method("[1, 2, 3]", "pop"), method("[1, 2, 3]", "pop", "0"),
        method("[]", "pop"), method("[1]", "pop", "5"), method("[1, 2, 1]", "remove", "1"), method("[1, 2]", "remove", "3"),
        method("[1, 2, 1]", "index", "1", "1"), method("[1, 2]", "index", "3"), method("['a']", "index", "'b'"),
        method("[1, 2, 1]", "count", "1"), method("[1, 2]", "clear"), method("[1, 2]", "copy"), method("[1, 2, 3]", "reverse"),
        method("[1, 2, 3]", "__getitem__", "slice(None, None, -1)"), method("[1, 2, 3]", "__getitem__", "5"),
        method("[1, 2, 3]", "__getitem__", "'a'"), method("[1, 2, 3]", "__getitem__", "-4"),
        method("[1, 2, 3]", "__setitem__", "slice(0, 2, None)", "[9]"), method("[1, 2, 3, 4]", "__setitem__", "slice(None, None, 2)", "[8, 9]"),
        method("[1, 2, 3, 4]", "__setitem__", "slice(None, None, 2)", "[8]"), method("[1, 2, 3]", "__setitem__", "5", "0"),
        method("[1, 2, 3, 4, 5]", "__delitem__", "slice(None, None, 2)"), method("[1, 2, 3]", "__delitem__", "slice(1, None, None)"),
        method("[1, 2, 3]", "__setitem__", "slice(1, 1, None)", "'ab'"), method("[1, 2, 3]", "__setitem__", "slice(0, 1, None)", "1"),
        method("[1, 2, 3]", "__delitem__", "9"), method("[1, 2]", "__contains__", "2"),
        binop("[1, 2]", "+", "[3]"), binop("[1, 2]", "*", "2"), binop("[1, 2]", "==", "[1, 2]"), binop("[1, 2]", "<", "[1, 3]"),
        binop("[1, 2]", "<", "[1, 2, 0]"), binop("[1, 'a']", "<", "[1, 2]"), binop("[1]", "+", "(2,)"), binop("[0]", "*", "-1"),
        binop("[1, 2]", "[]", "slice(1, None, None)"), inplace("[1]", "+=", "(2, 3)"), inplace("[1]", "*=", "3"),
        inplace("[1]", "+=", "'ab'"), inplace("[1]", "+=", "1"),
        method("(1, 2, 1)", "count", "1"), method("(1, 2, 1)", "index", "2"), method("(1, 2)", "index", "3"),
        method("(1, 2, 3)", "__getitem__", "slice(1, None, None)"), method("(1, 2)", "__getitem__", "2"),
        method("(1, 2)", "__getitem__", "'a'"), binop("(1, 2)", "+", "(3,)"), binop("(1,)", "*", "3"), binop("(1, 2)", "<", "(1, 2, 3)"),
        binop("(1, 2)", "==", "(1, 2)"), binop("(1, 2)", "+", "[3]"), binop("(1, 'a')", "<", "(1, 2)"),
        value("(1,)"), value("()"), value("((1, 2), [3, {4: 5}])"), value("[1.0, 'a', None, True]"),
        value("{'a': 1, 2: [3]}"), value("{1, 2, 3}"), value("set()"), value("frozenset()"), value("frozenset({3, 1})"),
        value("{'b', 'a', 'c', 'd'}"), value("{'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}"),
        value("{100, 5, 37, 1024, -3, 8, 2**40, 64}"), value("set(range(20, 0, -3))"), value("{-1, -2, 0}"),
        value("{1.5, 2.5, 0.5}"), value("{(1, 2), (0, 1), (2, 0)}"), value("{True, 1, 1.0}"), value("set('hello world')"),
        value("set(range(100, 0, -7))"), value("{2**64, 2**65, 3}"),
        value("set(map(str, range(12)))"), value("range(5)"), value("range(1, 10, 2)"), value("range(0, -5, -1)"),
        value("slice(1, 2)"), value("slice(None, None, -1)"), value("b'abc\\x00\\xff\\'\"'"), value("b\"it's\""),
        value("b''"), value("{'a': {'b': {}}}"), value("[[], [[]]]"), value("{'k': (1,)}"),
        method("{'a': 1}", "get", "'a'"), method("{'a': 1}", "get", "'b'"), method("{'a': 1}", "get", "'b'", "0"),
        method("{'a': 1}", "setdefault", "'b'", "[]"), method("{'a': 1}", "setdefault", "'a'", "2"),
        method("{'a': 1}", "pop", "'a'"), method("{'a': 1}", "pop", "'b'"), method("{'a': 1}", "pop", "'b'", "None"),
        method("{'a': 1, 'b': 2}", "popitem"), method("{}", "popitem"), method("{'a': 1}", "update", "{'b': 2}"),
        method("{'a': 1}", "update", "[('c', 3)]"), method("{'a': 1}", "update", x="9"), method("{'a': 1}", "update", "[1]"),
        method("{'a': 1}", "update", "[(1, 2, 3)]"), method("{'a': 1}", "update", "1"), method("{'a': 1}", "copy"),
        method("{'a': 1}", "clear"), method("dict", "fromkeys", "'abc'"), method("dict", "fromkeys", "[1, 2]", "0"),
        method("{'a': 1, 'b': 2}", "keys"), method("{'a': 1, 'b': 2}", "values"), method("{'a': 1, 'b': 2}", "items"),
        method("{'a': 1}", "__getitem__", "'b'"), method("{'a': 1}", "__getitem__", "[]"), method("{(1, 2): 3}", "__getitem__", "(1, 2)"),
        method("{'a': 1}", "__delitem__", "'b'"), method("{1: 'a'}", "__getitem__", "1.0"), method("{1: 'a'}", "__getitem__", "True"),
        binop("{'a': 1}", "|", "{'b': 2}"), binop("{'a': 1}", "|", "[('b', 2)]"), binop("{'a': 1}", "==", "{'a': 1}"),
        binop("{'a': 1}", "<", "{'a': 1}"), inplace("{'a': 1}", "|=", "{'a': 2, 'c': 3}"), inplace("{'a': 1}", "|=", "[('z', 0)]"),
        binop("{'a': 1, 'b': 2}.keys()", "&", "{'b', 'c'}"), binop("{'a': 1, 'b': 2}.keys()", "|", "['z']"),
        binop("{'a': 1, 'b': 2}.keys()", "-", "{'a'}"), binop("{'a': 1, 'b': 2}.keys()", "^", "{'a', 'q'}"),
        binop("{'a': 1}.items()", "&", "{('a', 1)}"), binop("{'a': 1}.keys()", "==", "{'a'}"),
        binop("'a'", "in", "{'a': 1}.keys()"), binop("('a', 1)", "in", "{'a': 1}.items()"), binop("1", "in", "{'a': 1}.values()"),
        binop("{1, 2, 3}", "|", "{3, 4}"), binop("{1, 2, 3}", "&", "{3, 4, 2}"), binop("{1, 2, 3}", "-", "{3, 4}"),
        binop("{1, 2, 3}", "^", "{3, 4}"), binop("{1, 2}", "<", "{1, 2, 3}"), binop("{1, 2}", "<=", "{1, 2}"),
        binop("{1, 2}", "==", "frozenset({1, 2})"), binop("{1, 2}", "|", "[3]"), binop("frozenset({1})", "|", "{2}"),
        binop("{1}", "|", "frozenset({2})"), binop("{'a', 'b', 'c', 'd'}", "-", "{'c'}"), binop("{'a', 'b', 'c', 'd', 'e'}", "&", "{'e', 'a', 'q'}"),
        binop("set(range(50))", "-", "set(range(10))"), binop("set(range(50))", "&", "set(range(40, 60))"),
        binop("set(range(0, 60, 3))", "^", "set(range(0, 60, 5))"), binop("{1, 2}", "[]", "0"),
        inplace("{1, 2}", "|=", "{3}"), inplace("{1, 2}", "&=", "{2, 3}"), inplace("{1, 2}", "-=", "{2}"), inplace("{1, 2}", "^=", "{2, 3}"),
        inplace("{1, 2}", "|=", "[3]"),
        method("{1, 2}", "add", "3"), method("{1, 2}", "remove", "3"), method("{1, 2}", "discard", "3"), method("{1, 2}", "pop"),
        method("set()", "pop"), method("{1, 2}", "union", "[3]", "(4,)"), method("{1, 2, 3}", "intersection", "[2, 3]", "{3}"),
        method("{1, 2, 3}", "difference", "[2]"), method("{1, 2, 3}", "symmetric_difference", "[3, 4]"),
        method("{1, 2}", "issubset", "[1, 2, 3]"), method("{1, 2}", "issuperset", "[1]"), method("{1, 2}", "isdisjoint", "[3]"),
        method("{1, 2}", "update", "[3]", "{4}"), method("{1, 2, 3}", "intersection_update", "[1, 3]"),
        method("{1, 2, 3}", "difference_update", "[1]"), method("{1, 2, 3}", "symmetric_difference_update", "[1, 9]"),
        method("{1, 2}", "add", "[]"), method("{1, 2}", "__contains__", "[]"), method("{frozenset({1})}", "__contains__", "{1}"),
        method("{'a', 'b', 'c'}", "pop"), method("set(range(20))", "pop"), method("{1, 2}", "copy"), method("frozenset({1})", "copy"),
        method("range(10)", "index", "5"), method("range(10)", "index", "50"), method("range(0, 20, 3)", "count", "9"),
        method("range(10)", "__getitem__", "slice(2, 8, 2)"), method("range(10)", "__getitem__", "-1"),
        method("range(10)", "__getitem__", "10"), method("range(0, 10, 3)", "__getitem__", "slice(None, None, -1)"),
        binop("range(3)", "==", "range(0, 3, 1)"), binop("range(0)", "==", "range(5, 5)"), binop("5", "in", "range(0, 10, 5)"),
        binop("5", "in", "range(0, 10, 3)"), binop("5.0", "in", "range(10)"),
        method("slice(1, 10, 2)", "indices", "5"), method("slice(None, None, -1)", "indices", "5"), method("slice(None, None, 0)", "indices", "5"),
        method("b'abc'", "decode"), method("b'\\xff'", "decode"), method("b'\\xe4\\xb8'", "decode"), method("b'\\xff'", "decode", "'utf-8'", "'replace'"),
        method("b'\\xe4A'", "decode"), method("b'\\xf0\\x90A'", "decode"), method("b'\\xed\\xa0\\x80'", "decode"),
        method("b'\\xc0\\x80'", "decode"), method("b'a\\xf0\\x90\\x80'", "decode"), method("b'\\xf4\\x90\\x80\\x80'", "decode"),
        method("b'\\xe0\\x80\\x80'", "decode"), method("b'\\xc2'", "decode"), method("b'a\\xffb\\xe4\\xb8c'", "decode", "'utf-8'", "'replace'"),
        method("b'a\\xffb'", "decode", "'utf-8'", "'ignore'"), method("b'\\xe4\\xb8\\x41'", "decode", "'utf-8'", "'replace'"),
        method("b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'", "decode"), method("b'abc'", "hex"), method("bytes", "fromhex", "'61 62'"), method("b'a,b'", "split", "b','"),
        method("b'abc'", "__getitem__", "0"), method("b'abc'", "__getitem__", "slice(1, None, None)"),
        binop("b'ab'", "+", "b'cd'"), binop("b'ab'", "+", "'cd'"), binop("b'ab'", "*", "2"), binop("b'a'", "==", "'a'"),
    ]
    return c


def builtin_cases(builtin, **_):
    c = []
    c += [
        builtin("len", "[1, 2]"), builtin("len", "5"), builtin("len", "'中文'"), builtin("len"), builtin("len", "[]", "[]"),
        builtin("len", "range(10**20)"), builtin("sorted", "[3, 1, 2]"), builtin("sorted", "'bca'"),
        builtin("sorted", "[3, 1, 2]", reverse="True"), builtin("sorted", "['b', 'A', 'c']", key="str.lower"),
        builtin("sorted", "[1, 'a']"), builtin("sorted"), builtin("sorted", "[1]", "[2]"), builtin("sorted", "{3: 0, 1: 0}"),
        builtin("sorted", "[(2, 'b'), (1, 'z'), (2, 'a')]"), builtin("sorted", "[3, 1]", bad="1"),
        builtin("min", "[3, 1, 2]"), builtin("max", "[3, 1, 2]"), builtin("max", "3", "1", "2"), builtin("min", "[]"),
        builtin("max", "[]", default="None"), builtin("max", "1", "2", default="0"), builtin("max"), builtin("max", "5"),
        builtin("max", "['aa', 'b', 'ccc']", key="len"), builtin("min", "['aa', 'b', 'cc']", key="len"),
        builtin("max", "[1, 'a']"), builtin("max", "[2, 2.0]"), builtin("min", "(1, 1.0)"),
        builtin("sum", "[1, 2, 3]"), builtin("sum", "[1, 2]", "10"), builtin("sum", "[[1], [2]]", "[]"), builtin("sum", "['a']", "''"),
        builtin("sum", "[1, 'a']"), builtin("sum", "[]"), builtin("sum", "[2**62, 2**62, 2**62]"), builtin("sum", "[True, True]"),
        builtin("sum", "[1]", start="5"), builtin("any", "[0, '', 1]"), builtin("any", "[]"), builtin("all", "[1, 0]"),
        builtin("all", "[]"), builtin("any", "5"), builtin("abs", "-2.5"), builtin("abs", "True"),
        builtin("isinstance", "1", "int"), builtin("isinstance", "True", "int"), builtin("isinstance", "1", "(str, int)"),
        builtin("isinstance", "1", "1"), builtin("isinstance", "1", "(str, (float, int))"), builtin("issubclass", "bool", "int"),
        builtin("issubclass", "1", "int"), builtin("issubclass", "int", "1"), builtin("issubclass", "KeyError", "LookupError"),
        builtin("issubclass", "ExceptionGroup", "Exception"), builtin("issubclass", "TimeoutError", "OSError"),
        builtin("hasattr", "1", "'real'"), builtin("hasattr", "1", "'x'"), builtin("getattr", "1", "'x'"),
        builtin("getattr", "1", "'x'", "5"), builtin("getattr", "1", "2"), builtin("getattr", "None", "'x'"),
        builtin("getattr", "[]", "'x'"), builtin("getattr", "int", "'x'"), builtin("setattr", "1", "'x'", "2"),
        builtin("setattr", "[]", "'append'", "2"), builtin("setattr", "object()", "'x'", "1"), builtin("delattr", "1", "'real'"),
        builtin("callable", "len"), builtin("callable", "1"), builtin("callable", "int"),
        builtin("iter", "5"), builtin("next", "iter([])"), builtin("next", "iter([])", "'d'"), builtin("next", "[1]"),
        builtin("iter", "1", "2"), builtin("iter"), builtin("list", "zip([1, 2], 'ab')"), builtin("list", "zip([1], [1, 2], strict=True)"),
        builtin("list", "zip([1, 2], [1], strict=True)"), builtin("list", "zip([1, 2], [1, 2], [2], strict=True)"),
        builtin("list", "enumerate('ab', 1)"), builtin("list", "map(abs, [-1, -2])"), builtin("list", "map(pow, [2, 3], [2, 2])"),
        builtin("list", "filter(None, [0, 1, '', 'a'])"), builtin("list", "reversed([1, 2, 3])"), builtin("list", "reversed(range(4))"),
        builtin("list", "reversed('abc')"), builtin("reversed", "{1}"), builtin("reversed", "5"), builtin("list", "reversed({'a': 1, 'b': 2})"),
        builtin("enumerate"), builtin("enumerate", "[]", "1", "2"), builtin("zip", "1"), builtin("map", "len"), builtin("filter"),
        builtin("list", "range(10)"), builtin("list", "range(10, 0, -3)"), builtin("list", "range(0)"), builtin("range"),
        builtin("range", "1.5"), builtin("range", "0", "1", "0"), builtin("range", "1", "2", "3", "4"),
        builtin("list", "'abc'"), builtin("list", "(1, 2)"), builtin("list", "{'a': 1}"), builtin("list", "5"),
        builtin("tuple", "[1, 2]"), builtin("tuple", "'ab'"), builtin("dict", "[('a', 1)]"), builtin("dict", a="1"),
        builtin("dict", "[('a', 1)]", b="2"), builtin("dict", "[1]"), builtin("dict", "1", "2"), builtin("set", "'hello'"),
        builtin("set", "[1, [2]]"), builtin("frozenset", "[1, 2, 1]"), builtin("bool", "[]"), builtin("bool", "'0'"),
        builtin("bool", "0.0"), builtin("str", "1.5"), builtin("str", "[1, '2']"), builtin("str", "None"), builtin("repr", "1.5"),
        builtin("str"), builtin("type", "1"), builtin("type", "'a'"), builtin("type", "int"), builtin("type", "1", "2"),
        builtin("format", "3.14159", "'.2f'"), builtin("format", "'a'", "'>3'"), builtin("format", "1", "1"), builtin("format", "[1]"),
        builtin("format", "[1]", "'x'"), builtin("format", "None", "''"), builtin("format", "True", "'d'"), builtin("format", "True"),
        builtin("vars", "1"), builtin("len", "dir(1)"), builtin("pow", "2", "3"),
        builtin("bytes", "3"), builtin("bytes", "[65, 66]"), builtin("bytes", "'ab'", "'ascii'"), builtin("bytes", "'ab'"),
        builtin("bytes", "[256]"), builtin("bytes", "-1"), builtin("list", "b'ab'"),
        builtin("repr", "KeyError('a')"), builtin("str", "KeyError('a')"), builtin("str", "KeyError()"), builtin("str", "KeyError(1, 2)"),
        builtin("repr", "ValueError()"), builtin("repr", "ValueError('a', 1)"), builtin("str", "ValueError('a', 1)"),
        builtin("repr", "OSError(2, 'No such file or directory')"), builtin("str", "OSError(2, 'No such file or directory', 'x.txt')"),
        builtin("repr", "OSError(2, 'x', 'f')"), builtin("type", "OSError(2, 'x')"), builtin("type", "OSError(110, 'x')"),
        builtin("repr", "StopIteration(3)"), builtin("str", "ExceptionGroup('msg', [ValueError(1)])"),
        builtin("repr", "ExceptionGroup('msg', [ValueError(1), TypeError('x')])"), builtin("type", "BaseExceptionGroup('m', [ValueError()])"),
        builtin("ExceptionGroup", "'m'", "[KeyboardInterrupt()]"), builtin("ExceptionGroup", "'m'", "[]"),
        builtin("ExceptionGroup", "'m'", "[1]"), builtin("ExceptionGroup", "1", "[1]"), builtin("ExceptionGroup", "'m'"),
        builtin("str", "SyntaxError('bad', ('f.py', 3, 4, 'x = ', 3, 5))"), builtin("str", "ImportError('m', name='n')"),
        builtin("ValueError", x="1"), builtin("repr", "TimeoutError()"), builtin("str", "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')"),
        builtin("repr", "NotImplemented"), builtin("repr", "Ellipsis"), builtin("repr", "int"), builtin("repr", "ValueError"),
        builtin("repr", "len"), builtin("repr", "type"), builtin("repr", "object"),
        builtin("repr", "list.append"), builtin("repr", "int.__add__"), builtin("repr", "str.join"),
        builtin("repr", "int.real"), builtin("repr", "property"), builtin("repr", "staticmethod(len)"), builtin("repr", "classmethod(len)"),
        builtin("repr", "{}.keys()"), builtin("repr", "{'a': 1}.items()"), builtin("repr", "{'a': 1}.values()"),
        builtin("repr", "NotImplementedError"),
        builtin("int.__add__", "1", "2"), builtin("int.__add__", "1", "'a'"), builtin("int.__add__", "'a'", "1"),
        builtin("list.append", "1", "2"), builtin("str.upper", "'a'"), builtin("str.join", "','", "['a']"),
        builtin("object.__init__"), builtin("object", "1"), builtin("object.__new__", "1"),
    ]
    return c


def memory_cases(binop, builtin, method, **_):
    return [
        binop("[0]", "*", "10**10"), binop("'x'", "*", "10**12"), builtin("list", "range(10**10)"),
        binop("'x'", "*", "10**20"), binop("[0]", "*", "10**20"), builtin("bytes", "10**12"),
        binop("(0,)", "*", "10**10"), binop("b'x'", "*", "10**12"), method("'ab'", "center", "10**12"),
        method("'a'", "ljust", "10**12"), builtin("list", "range(10**20)"), binop("'a b c'", "*", "10**11"),
        builtin("tuple", "range(10**10)"),
    ]


TABLES = {
    "str": str_cases,
    "int": int_cases,
    "float": float_cases,
    "containers": container_cases,
    "builtins": builtin_cases,
    "memory": memory_cases,
}
