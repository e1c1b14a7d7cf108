x = 1
y = 2
s = f"""
{x
 + y}
"""
t = (f"first {x}"
     f"second {y}")
u = f'{x}{y}{x}'
v = f"{ x }"
w = f"{x:{y}}"
