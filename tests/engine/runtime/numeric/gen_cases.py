#!/usr/bin/env python3
"""Writes the expected-value tables of the al_numeric tests, computed by the real CPython 3.11.

Run from anywhere:  python3 tests/engine/runtime/numeric/gen_cases.py
It re-executes itself under PYTHONHASHSEED=0 (the hash tables depend on it) and rewrites
cases/*.json next to this script. Never edit those files by hand. The output is deterministic
except the nan rows of hash.json, which pair a live object's id() with its hash.

Sections: interesting values; float repr and format(); %-formatting; parsing (int(), float(),
literals); int and float arithmetic; hashes and str repr; Unicode tables; main().

Encoding: a float is "0x" + the 16 hex digits of its IEEE-754 bits (exact, nan and -0.0
included); an int is its decimal string (hex() text in parse_int.json, where values pass the str() digit
limit); an error is {"error": <class name>, "message": <str>}.
"""
import json
import math
import os
import random
import struct
import sys
import unicodedata

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
rng = random.Random(20240611)


def fbits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(s):
    return struct.unpack("<d", struct.pack("<Q", int(s, 16)))[0]


def outcome(fn):
    """The result of fn() or the error it raises, in the table encoding."""
    try:
        return {"ok": fn()}
    except Exception as e:  # the class and text are the expectation
        return {"error": type(e).__name__, "message": str(e)}


def write(name, cases):
    # One case per line keeps the files compact and their diffs readable.
    if isinstance(cases, dict):
        lines = [json.dumps({k: v}, ensure_ascii=False, separators=(",", ":"))[1:-1]
                 for k, v in cases.items()]
        text = "{\n" + ",\n".join(lines) + "\n}\n"
    else:
        lines = [json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases]
        text = "[\n" + ",\n".join(lines) + "\n]\n"
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{name}: {len(cases)} cases")


# ------------------------------------------------------------------------------------------
# Interesting values


def interesting_floats():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.0, 10.0, 100.0, 1e15, 1e16,
            1e17, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001, 123456789.0, 1234.5678, 9.995,
            0.125, 0.375, 2.675, 1.005, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
            float("inf"), float("-inf"), float("nan"), 2.0 ** 53, 2.0 ** 53 + 2, 2e16 + 8,
            math.pi, -math.e, 1 / 3, 2 / 3, 0.3, 1e300, 1e-300, 123.456e-10, 99999999999999.99,
            999999.5, 9999999.0, 0.000123456, -0.000001, 1e-7, 4.35, 0.05, 0.15, 0.25, 0.35,
            7.0, 1e100, 12345678901234567890.0, 0.9999999999999999, 5e-5, 6.02214076e23]
    for _ in range(120):
        vals.append(rng.uniform(-1e6, 1e6))
    for _ in range(60):
        vals.append(math.ldexp(rng.random(), rng.randint(-1074, 1023)) * rng.choice([1, -1]))
    for _ in range(40):
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 4)))
    for _ in range(30):
        vals.append(float(rng.randint(-10 ** 18, 10 ** 18)))
    return vals


def interesting_ints():
    vals = [0, 1, -1, 2, 7, -7, 10, 42, 65, 127, 128, 255, -255, 256, 1000, 1234567, -1234567,
            2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63,
            2 ** 64, -2 ** 64 - 1, 10 ** 18, 10 ** 30, -10 ** 30, 2 ** 100, -(2 ** 100) + 12345,
            3 ** 200, -(7 ** 150), 0x10FFFF, 0x110000, 2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970,
            2 ** 1024 - 2 ** 971, 2 ** 61 - 1, 2 ** 61, 2 ** 61 - 2, -(2 ** 61 - 1)]
    for _ in range(40):
        vals.append(rng.randint(-10 ** 6, 10 ** 6))
    for _ in range(40):
        vals.append(rng.getrandbits(rng.randint(1, 300)) * rng.choice([1, -1]))
    return vals


# ------------------------------------------------------------------------------------------
# Float repr and format


def random_bit_floats(count):
    """Finite doubles with uniformly random bit patterns: every exponent range gets exercised."""
    out = []
    while len(out) < count:
        v = from_bits("0x%016x" % rng.getrandbits(64))
        if math.isfinite(v):
            out.append(v)
    return out


def gen_float_repr():
    cases = [{"x": fbits(v), "repr": repr(v), "str": str(v)} for v in interesting_floats()]
    for v in random_bit_floats(1500):
        assert str(v) == repr(v)
        cases.append({"x": fbits(v), "repr": repr(v)})
    return cases


FLOAT_SPECS = ["", ".3", "#.3", ".0", ".1", ".17", ".20", "g", "#g", ".3g", "#.3g", "G", ".0g",
               "#.0g", ".12g", "e", ".2e", "#.0e", ".0e", "E", ".10E", "f", ".0f", "#.0f", ".2f",
               ".10f", "F", "%", ".1%", ".0%", ",", ",.2f", "_.3f", "_", "+", " ", "-", "+.3",
               " .2e", "010.2f", "=+12.3e", "<10", "^10", ">10", "*^12.4g", "z.1f", "z", "zg",
               "z.0f", "n", ".3n", "15,.2f", "0=15,.2f", "015,.2f", "012", "012,", "-012.3f",
               "x<+15.4", "é>9", "#", "#.3e", "+#.0f", ".60e", ".300f", "=20", "0<10", "0^12.3",
               ",e", ",g", "_%", "20_.2%", "#_.3g", "10.3"]
FLOAT_BAD_SPECS = ["d", "x", "s", "c", "b", ",_", "_,", ".", "5.", ".2147483648f", "=,.",
                   ",,", ",n", "_n", "z#z", "abc", ".3d", "é", "\x00", "\x7f", ",s", "10.3.2",
                   "99999999999999999999", ".99999999999999999999", "<<<"]


def gen_format_float():
    cases = []
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1.5, -2.5, 123.456, -0.0001234, 1e16, 1e-5, 1e22,
            1234567.891, -9876543.21, 0.1, 100.0, 1e300, 5e-324, float("inf"), float("-inf"),
            float("nan"), 0.999999, 9.9999999, 12345.0, -0.4, 2.675, 0.125, 1e15, 99.5]
    for _ in range(15):
        vals.append(rng.uniform(-1e7, 1e7))
    for v in vals:
        for spec in FLOAT_SPECS:
            cases.append({"x": fbits(v), "spec": spec, **outcome(lambda: format(v, spec))})
    for v in random_bit_floats(150) + [rng.uniform(-1e5, 1e5) for _ in range(150)]:
        for spec in [".3", ".17g", ".2e", "f", ".5", "#.8g", ".0%", ".12"]:
            cases.append({"x": fbits(v), "spec": spec, **outcome(lambda: format(v, spec))})
    for v in [1.5, -2.0]:
        for spec in FLOAT_BAD_SPECS:
            cases.append({"x": fbits(v), "spec": spec, **outcome(lambda: format(v, spec))})
    return cases


INT_SPECS = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_o", "_x",
             "#_x", "#_X", "010", "#010x", "#010b", "+", " ", "-", "=+10", "<10", "^10", ">10",
             "*^11", "0=10,", "012,", "012_", "n", "010n", "e", ".2f", "%", "g", "10.3e", ",.2f",
             "+#x", " #o", "-#b", "x<+#15_X", "é^9,", "0<8", "#", "=", "20_d", "+012_", ",d"]
INT_BAD_SPECS = [".2", "z", "zd", ",x", ",b", "_c", ",c", "s", "+c", "#c", " c", "-c", "abc",
                 ",,", "__", ",_", "\x00", "é", ".", "_n", ",n", ".2d", "x,", ",d,"]


def gen_format_int():
    cases = []
    vals = [0, 1, -1, 7, -7, 42, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 100), 10 ** 30,
            65, 0x1F600, 0x10FFFF, 0x110000, -65, 2 ** 70, 2 ** 1024, 10 ** 22, 123456789012]
    for v in vals:
        for spec in INT_SPECS + ["c", "5c", "<3c", "^5c", "=5c", "05c"]:
            cases.append({"n": str(v), "spec": spec, **outcome(lambda: format(v, spec))})
    for v in [5, -5]:
        for spec in INT_BAD_SPECS:
            cases.append({"n": str(v), "spec": spec, **outcome(lambda: format(v, spec))})
    # str(int) limit on long decimal output (int_max_str_digits defaults to 4300).
    big = 10 ** 4300
    for v in [10 ** 4299, big, -big]:
        for spec in ["", "d", "x", ",", "b"]:
            r = outcome(lambda: format(v, spec))
            if "ok" in r:
                r = {"ok_len": len(r["ok"])}
            cases.append({"n": str(v) if abs(v) < big else "10**4300" if v > 0 else "-10**4300",
                          "spec": spec, **r})
    return cases


STR_SPECS = ["", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "é^7", "0", "05", "s", ".0",
             "^", "1", ".100", "<", "x>3", "🙂<6", "08.3s", "^11.4"]
STR_BAD_SPECS = ["d", "+", " ", "-", "z", "#", "=5", ",", "_", "x", "+z", "z#", ",s", ".", "c",
                 "é"]


def gen_format_str():
    cases = []
    for text in ["", "abc", "héllo", "协程", "🙂x", "a\tb", "longer string here"]:
        for spec in STR_SPECS:
            cases.append({"s": text, "spec": spec, **outcome(lambda: format(text, spec))})
    for spec in STR_BAD_SPECS:
        cases.append({"s": "x", "spec": spec, **outcome(lambda: format("x", spec))})
    return cases


# ------------------------------------------------------------------------------------------
# %-formatting: one conversion per case; the test drives parse_percent_spec + the formatter.


def gen_percent():
    cases = []
    int_fmts = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+ d", "%.3d", "%8.3d",
                "%-8.3d|", "%x", "%X", "%#x", "%#X", "%#o", "%o", "%#5x", "%#-8x|", "%#08x",
                "%08.5x", "%.5x", "%#.5x", "%010.5x", "%-05d|", "%+05d", "% 05d", "%ld", "%hd",
                "%c", "%5c|", "%-5c|", "%05c|", "%.0c", "%e", "%.2f", "%g", "%(k)d", "%(a(b))x",
                "%%", "%y", "%é", "%5%", "%", "%-", "%5", "%.", "%(k", "%z", "%#.0f", "%r", "%s"]
    for v in [0, 1, -1, 42, -42, 255, 65, 0x1F600, 2 ** 70, -(2 ** 70), 0x110000]:
        for fmt in int_fmts:
            if fmt.startswith("%("):
                r = outcome(lambda: fmt % {"k": v, "a(b)": v})
            elif fmt in ("%r", "%s"):
                continue
            else:
                r = outcome(lambda: fmt % (v,) if fmt != "%%" else fmt % ())
            cases.append({"fmt": fmt, "kind": "int", "n": str(v), **r})
    float_fmts = ["%e", "%E", "%f", "%F", "%g", "%G", "%.0f", "%#.0f", "%.0e", "%#.0e", "%#g",
                  "%.3g", "%#.3g", "%10.3f", "%-10.3f|", "%010.3f", "%+.2e", "% .2e", "%+010.2f",
                  "%.20f", "%.300f", "%20.10E", "%-+12.4G|", "%.1f", "%.2f", "%#x", "%.*f"]
    for v in [0.0, -0.0, 1.0, -1.5, 2.5, 0.5, 1.5, 3.14159, -3.14159, 2.675, 1e16, 1e-5, 1e300,
              1e-300, 123456.789, float("inf"), float("-inf"), float("nan"), 0.1, 5e-324]:
        for fmt in float_fmts:
            if fmt == "%#x":
                continue
            if "*" in fmt:
                continue
            cases.append({"fmt": fmt, "kind": "float", "x": fbits(v), **outcome(lambda: fmt % (v,))})
    text_fmts = ["%s", "%10s", "%-10s|", "%.2s", "%5.1s", "%05s", "%+s", "% 5.1s", "%.0s|", "%r",
                 "%10r", "%.1r", "%a", "%.1a", "%-8a|", "%#s", "%s%", "%(k)s"]
    for v in ["", "ab", "héllo", "协程🙂", "it's", 3.5, None]:
        for fmt in text_fmts:
            conv = {"s": str, "r": repr, "a": ascii}[fmt.rstrip("%|")[-1]]
            r = outcome(lambda: fmt % {"k": v} if "(" in fmt else fmt % (v,))
            cases.append({"fmt": fmt, "kind": "text", "text": conv(v), **r})
    for ch in ["x", "é", "🙂"]:
        for fmt in ["%c", "%3c", "%-3c|", "%03c", "%.0c"]:
            cases.append({"fmt": fmt, "kind": "char", "text": ch, **outcome(lambda: fmt % (ch,))})
    # '*' widths and precisions: stars are consumed before the value.
    star_cases = [("%*d", [5], 42), ("%*d", [-5], 42), ("%-*d|", [5], 42), ("%.*f", [2], 3.14159),
                  ("%.*f", [-2], 3.14159), ("%*.*f", [10, 3], 3.14159), ("%*.*f", [-10, 3], -3.14159),
                  ("%*s", [6], "ab"), ("%.*s", [1], "ab"), ("%*x", [0], 255)]
    for fmt, stars, v in star_cases:
        kind = "int" if isinstance(v, int) else "float" if isinstance(v, float) else "text"
        case = {"fmt": fmt, "kind": kind, "stars": stars, **outcome(lambda: fmt % (*stars, v))}
        if kind == "int":
            case["n"] = str(v)
        elif kind == "float":
            case["x"] = fbits(v)
        else:
            case["text"] = v
        cases.append(case)
    return cases


# ------------------------------------------------------------------------------------------
# Parsing


def gen_parse_int():
    texts = ["0", "1", "-1", "+1", " 42 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F",
             "0o17", "0b101", "0b_1", "0b__1", "0x", "0_7", "010", "00", "-00", "0_0", "0_", "z",
             "Z", "zz", "1 2", "", " ", "-", "+", "- 5", "١٢", "\u00a012\u3000", "12\x00", "1\x1c",
             "é", "12é", "0x_ff", "0xg", "9" * 30, "-" + "7" * 100, "1" * 641 + "x", "x" * 300,
             "1" * 5000, "٣" * 4301, "1" * 4300, "0" * 5000, "0b" + "1" * 5000, "１２３",
             "\u2003-5\u2003", "+-1", "1.0", "1e5", "0x1F_2", "inf", "'quote'", "a\"b'c"]
    cases = []
    for t in texts:
        # Long inputs only in two bases: they exist for the digit limit and the cut repr.
        for base in [0, 10, 2, 8, 16, 36, 7] if len(t) < 100 else [10, 16]:
            r = outcome(lambda: int(t, base))
            if "ok" in r:
                r["ok"] = hex(r["ok"])  # hex: no str() digit limit
            cases.append({"s": t, "base": base, **r})
    for base in [1, 37, -1]:
        cases.append({"s": "5", "base": base, **outcome(lambda: int("5", base))})
    return cases


def gen_parse_float():
    texts = ["0", "1", "-1", "1.5", " 1.5 ", "\n-2.5e3\t", "1_0.5", "1__0", "1_0e1_0", "1e_5",
             "_1", "1._5", "1_.5", "+.5", ".", "1e", "1e+", "1.", ".5", "-.5e-3", "inf", "-inf",
             "+inf", "iNfInItY", "-Infinity", "infinit", "infinityx", "nan", "-nan", "NaN", " nan ",
             "nanx", "0x10", "1" + "0" * 400, "0." + "0" * 400 + "1", "1e99999999999999999999",
             "1e-99999999999999999999", "-1e400", "", " ", "é", "١.5", "1,5", "1 5", "1e5.5",
             "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
             "0.1", "3.141592653589793238462643383279", "9007199254740993", "1e23", "8.5e-5",
             "12\x00", "1_000.000_1", "000001.5", "+0.0", "-0.0", "1E5", "1e05", "  -0  ",
             "123456789012345678901234567890e-10", "\u00a01.5\u3000", "1.5j", "0b1", "1e+0010"]
    # Round trips of repr() and correctly rounded long decimal strings.
    texts += [repr(v) for v in random_bit_floats(200)]
    for _ in range(300):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(15, 40)))
        point = rng.randint(0, len(digits))
        texts.append(digits[:point] + "." + digits[point:] + "e%d" % rng.randint(-330, 310))
    return [{"s": t, **({"ok": fbits(r["ok"])} if "ok" in r else r)}
            for t in texts for r in [outcome(lambda: float(t))]]


def gen_literals():
    ints = ["0", "00", "0_0", "123", "1_000_000", "0x_ff", "0XFF", "0o17", "0O_7", "0b1",
            "0B_1010", "9" * 50, "0x" + "f" * 40, "1" * 4300, "1" * 4301]
    floats = ["1.5", "1e10", "1_0.0_1", ".5", "5.", "1e400", "1E-5", "0.1", "1_000.5e-1_0",
              "3.141592653589793238462643383279", "2.4703282292062328e-324", "0e0", "00.5"]
    cases = []
    for t in ints:
        try:
            v = eval(t)
            cases.append({"int": t, "ok": str(v)})
        except SyntaxError as e:
            cases.append({"int": t, "error": "ValueError", "message": e.msg.split(" - ")[0]})
    for t in floats:
        cases.append({"float": t, "ok": fbits(eval(t))})
    return cases


# ------------------------------------------------------------------------------------------
# int and float arithmetic


def gen_int_ops():
    vals = interesting_ints()
    small = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2 ** 64, -(2 ** 64) + 1, 10 ** 20 + 7]
    cases = []
    for a in vals[::3]:
        for b in small + [rng.choice(vals)]:
            for op in ["floordiv", "mod", "divmod", "truediv"]:
                fn = {"floordiv": lambda: str(a // b), "mod": lambda: str(a % b),
                      "divmod": lambda: [str(x) for x in divmod(a, b)],
                      "truediv": lambda: fbits(a / b)}[op]
                cases.append({"op": op, "a": str(a), "b": str(b), **outcome(fn)})
    # True division of big operands, including subnormal and overflow results.
    for _ in range(150):
        a = rng.getrandbits(rng.randint(1, 1200)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randint(1, 1200)) or 1
        cases.append({"op": "truediv", "a": str(a), "b": str(b), **outcome(lambda: fbits(a / b))})
    for a, b in [(1, 10 ** 400), (10 ** 400, 1), (2 ** 1100, 2 ** 76), (2 ** 1100, 2 ** 77 - 1),
                 (2 ** 1100, 2 ** 77 + 1), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076),
                 (-1, 2 ** 1075 - 1), (0, -5), (0, 5), (2 ** 53 + 1, 1), (2 ** 54 + 3, 2),
                 (10 ** 30, 3), (-(10 ** 30), 7)]:
        cases.append({"op": "truediv", "a": str(a), "b": str(b), **outcome(lambda: fbits(a / b))})
    ties = [2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 54 + 1, 2 ** 54 + 3,
            -(2 ** 53 + 1), 2 ** 1024 - 2 ** 970 - 1, (2 ** 53 - 1) * 2 ** 971, 2 ** 200 + 2 ** 147]
    for a in vals[::2] + ties:
        cases.append({"op": "to_double", "a": str(a), **outcome(lambda: fbits(float(a)))})
        cases.append({"op": "bit_length", "a": str(a), "ok": str(a.bit_length())})
        for n in [0, 1, 3, 64, 100, -1]:
            cases.append({"op": "lshift", "a": str(a), "b": str(n), **outcome(lambda: str(a << n))})
            cases.append({"op": "rshift", "a": str(a), "b": str(n), **outcome(lambda: str(a >> n))})
        for nd in [0, 1, -1, -2, -5, -20, -400]:
            cases.append({"op": "round", "a": str(a), "b": str(nd), "ok": str(round(a, nd))})
    for a in [0, 1, -1, 2, -2, 3, 10, -10, 2 ** 70, 7]:
        for b in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3]:
            def pw():
                r = a ** b
                return fbits(r) if isinstance(r, float) else str(r)
            cases.append({"op": "pow", "a": str(a), "b": str(b), **outcome(pw)})
            for m in [0, 1, -1, 5, -5, 7, 2 ** 61 - 1, -(10 ** 20)]:
                cases.append({"op": "powmod", "a": str(a), "b": str(b), "m": str(m),
                              **outcome(lambda: str(pow(a, b, m)))})
    cases.append({"op": "pow", "a": str(10 ** 400), "b": "-1",
                  **outcome(lambda: fbits((10 ** 400) ** -1))})
    cases.append({"op": "pow", "a": "2", "b": str(-(2 ** 70)), **outcome(lambda: fbits(2 ** -(2 ** 70)))})
    for a in [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -(2 ** 63), 2 ** 64 - 1, 2 ** 100]:
        for length in [0, 1, 2, 8, 16, -1]:
            for order in ["big", "little"]:
                for signed in [False, True]:
                    cases.append({"op": "to_bytes", "a": str(a), "len": length, "order": order,
                                  "signed": signed,
                                  **outcome(lambda: a.to_bytes(length, order, signed=signed).hex())})
    for data in ["", "00", "ff", "80", "7f", "0100", "ff00", "00ff", "deadbeef", "80" + "00" * 15]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                cases.append({"op": "from_bytes", "hex": data, "order": order, "signed": signed,
                              "ok": str(int.from_bytes(bytes.fromhex(data), order, signed=signed))})
    for a in vals[::3]:
        for x in [0.0, -0.0, 1.0, 0.5, -1.5, 2.0 ** 53, 2.0 ** 53 + 2, 1e20, 1e300, -1e300,
                  float("inf"), float("-inf"), float("nan"), float(a) if abs(a) < 2 ** 1000 else 1.0]:
            cmp = "unordered" if x != x else "less" if a < x else "greater" if a > x else "equal"
            cases.append({"op": "compare", "a": str(a), "x": fbits(x), "ok": cmp})
    for x in interesting_floats():
        cases.append({"op": "from_double", "x": fbits(x), **outcome(lambda: str(int(x)))})
    return cases


def gen_float_ops():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 7.5, -7.5, 1e300, -1e300, 1e-300,
            5e-324, float("inf"), float("-inf"), float("nan"), 0.1, 10.0, 1.5, -3.25, 100.0, 1e16]
    cases = []
    for a in vals:
        for b in vals:
            for op, fn in [("truediv", lambda: fbits(a / b)), ("floordiv", lambda: fbits(a // b)),
                           ("mod", lambda: fbits(a % b)),
                           ("divmod", lambda: [fbits(x) for x in divmod(a, b)])]:
                cases.append({"op": op, "a": fbits(a), "b": fbits(b), **outcome(fn)})
            def pw():
                r = a ** b
                return [fbits(r.real), fbits(r.imag)] if isinstance(r, complex) else fbits(r)
            cases.append({"op": "pow", "a": fbits(a), "b": fbits(b), **outcome(pw)})
    for a, b in [(10.0, 400.0), (-10.0, 401.0), (0.5, -2000.0), (10.0, -310.0), (-8.0, 1 / 3),
                 (-2.0, 0.5), (2.0, 0.5), (-1.0, float("inf")), (1e308, 2.0), (-1e200, 1.5),
                 (1.0000001, 1e10), (-0.5, 1e30 + 0.5), (-2.0, 1e400 - 1e400 if False else 3.5)]:
        def pw():
            r = a ** b
            return [fbits(r.real), fbits(r.imag)] if isinstance(r, complex) else fbits(r)
        cases.append({"op": "pow", "a": fbits(a), "b": fbits(b), **outcome(pw)})
    for _ in range(200):
        a = rng.uniform(-1e4, 1e4)
        b = rng.choice([rng.uniform(-100, 100), rng.uniform(-1, 1), float(rng.randint(-9, 9) or 3)])
        cases.append({"op": "divmod", "a": fbits(a), "b": fbits(b),
                      **outcome(lambda: [fbits(x) for x in divmod(a, b)])})
    for x in interesting_floats()[::2] + [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994,
                                          4.5e15 + 0.5]:
        for nd in [None, 0, 1, 2, 3, -1, -2, 5, 10, -10, 15, 17, 200, 323, 324, -308, -309, 2 ** 70,
                   -(2 ** 70)]:
            if nd is None:
                r = outcome(lambda: str(round(x)))
            else:
                r = outcome(lambda: fbits(round(x, nd)))
            cases.append({"op": "round", "x": fbits(x), "nd": None if nd is None else str(nd), **r})
        cases.append({"op": "ratio", "x": fbits(x),
                      **outcome(lambda: [str(v) for v in x.as_integer_ratio()])})
        cases.append({"op": "is_integer", "x": fbits(x), "ok": x.is_integer()})
    return cases


# ------------------------------------------------------------------------------------------
# Hashes (PYTHONHASHSEED=0) and str repr


def gen_hash():
    cases = []
    for v in interesting_ints() + [2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 122, -2, -1]:
        cases.append({"kind": "int", "n": str(v), "ok": hash(v)})
    for v in interesting_floats():
        if v == v:
            cases.append({"kind": "float", "x": fbits(v), "ok": hash(v)})
    for _ in range(5):
        x = float("nan")  # hashed by identity in 3.11
        cases.append({"kind": "nan", "id": id(x), "ok": hash(x)})
    texts = ["", "a", "abc", "hello world", "協程", "协程", "é", "ÿ", "Ā", "🙂", "a🙂", "\x00",
             "\ud800", "longer text that spans several siphash blocks of eight bytes",
             "asyncio.sleep", "Task-1", "x" * 7, "x" * 8, "x" * 9, "éé\u20ac", "\U0010ffff"]
    for t in texts:
        cases.append({"kind": "str", "s": t.encode("utf-8", "surrogatepass").hex(), "ok": hash(t)})
    for b in [b"", b"x", b"abc", bytes(range(256)), b"\x00" * 8, b"hello"]:
        cases.append({"kind": "bytes", "hex": b.hex(), "ok": hash(b)})
    tuples = [(), (1,), (1, 2), (1, 2, 3), (-1,), ("a", "b"), (1.5, "x", 2 ** 100), (0.0, -0.0),
              ("协程",), (True, False), (1, (2, 3)), ((), ())]
    for t in tuples:
        cases.append({"kind": "tuple", "items": [hash(i) for i in t], "ok": hash(t)})
    return cases


def gen_text():
    cases = []
    for t in ["", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there\n",
              "\r\x00\x1f\x7f", "é", "\x80\x9f\xa0\xad", "协程", "🙂", "\u2028\u200b\ufeff",
              "\ud800", "\U0010ffff", "\ue000", "a\u3000b", "\U0001f600\U000e0001"]:
        cases.append({"s": t.encode("utf-8", "surrogatepass").hex(), "repr": repr(t),
                      "ascii": ascii(t), "len": len(t)})
    return cases


def gen_unicode_tables():
    """Non-printable assigned code points and unassigned code points, as ranges."""
    def ranges(pred):
        out, start = [], None
        for cp in range(sys.maxunicode + 2):
            p = cp <= sys.maxunicode and pred(cp)
            if p and start is None:
                start = cp
            if not p and start is not None:
                out.append([start, cp - 1])
                start = None
        return out
    assigned = lambda cp: unicodedata.category(chr(cp)) != "Cn"
    return {
        "unassigned": ranges(lambda cp: not assigned(cp)),
        "nonprintable_assigned": ranges(lambda cp: assigned(cp) and not chr(cp).isprintable()),
        "space": ranges(lambda cp: chr(cp).isspace()),
        "decimal": [[cp, unicodedata.decimal(chr(cp))] for cp in range(sys.maxunicode + 1)
                    if unicodedata.decimal(chr(cp), -1) >= 0],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    write("float_repr", gen_float_repr())
    write("format_float", gen_format_float())
    write("format_int", gen_format_int())
    write("format_str", gen_format_str())
    write("percent", gen_percent())
    write("parse_int", gen_parse_int())
    write("parse_float", gen_parse_float())
    write("literals", gen_literals())
    write("int_ops", gen_int_ops())
    write("float_ops", gen_float_ops())
    write("hash", gen_hash())
    write("text", gen_text())
    write("unicode", gen_unicode_tables())


if __name__ == "__main__":
    main()
