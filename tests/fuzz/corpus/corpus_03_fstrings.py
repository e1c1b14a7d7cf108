name = "world"
width = 10
value = 3.14159
print(f"hello {name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:>{width}} {value:{width}.{2}f}")
print(f"{name=}")
print(f"{name = }")
print(f"{value=:.3f}")
print(f"{value=!s}")
print(F"upper {name}")
print(rf"raw {name} \n")
print(fr'raw2 {name}')
print(f"{{literal braces}} {name}")
print(f"{'nested'} {name + 'x'}")
print(f"{[1, 2, 3][0]} {dict(a=1)['a']}")
print(f"{x!r:^10}" if (x := 5) else "")
print(f"a" f"b{name}" "c" f"{width}")
print(f"""triple {name}
second line {value}""")
print(f"{name:}")
print(f"")
print(f"{3 != 4} {3 < 4} {(lambda: 1)()}")
