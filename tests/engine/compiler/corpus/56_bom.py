x = "bom"
y = x + "!"
