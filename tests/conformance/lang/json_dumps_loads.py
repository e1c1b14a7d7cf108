# json.dumps / json.loads: separators, indent, sort_keys, ensure_ascii escapes, floats, special
# keys, default=, and JSONDecodeError messages with line/column.
import json

data = {"name": "Zoë ☃ 𝄞", "n": [1, 2.5, -0.0, 1e100, None, True, False], "nested": {"b": 1, "a": {}}, "e": []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, {"x": [2, 3]}], indent="\t"))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("tab\tquote\"back\\slash\nctrl\x01"))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps({"s": {1, 2}}, default=sorted))
for bad in [{"s": {1}}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud834\\udd1e\\n"}'))
print(json.loads(b'[1, "x"]'), json.loads("  42 "), json.loads('"s"'), json.loads("NaN"))
for bad in ['', '{"a" 1}', '{"a": 1,}', '[1, 2', '{a: 1}', '[1] x', '"abc', '"\\q"', '{"a": 1\n "b": 2}', '[1,]', 'tru']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
