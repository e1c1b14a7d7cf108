# split, rsplit, splitlines, partition and join.
line = "name,age,,city"
print(line.split(","), line.split(",", 1), line.rsplit(",", 1))
print("  many   spaces here ".split(), "a b c".split(" ", 1))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
words = ["async", "await", "task"]
print(" ".join(words), "-".join(words), "".join(reversed(words)), ", ".join(str(n) for n in range(5)))
csv = "id;name\n1;ann\n2;bob"
for row in csv.splitlines()[1:]:
    ident, name = row.split(";")
    print(int(ident) * 10, name.title())
print("".split(","), "".split(), "a,".split(","))
