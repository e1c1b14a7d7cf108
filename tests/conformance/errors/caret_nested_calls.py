# Carets through several frames with calls in the middle of expressions.
def parse_amount(text):
    return float(text.strip().replace(",", "."))
def line_total(line):
    name, qty, price = line.split(";")
    return int(qty) * parse_amount(price)
def invoice_total(lines):
    return round(sum(line_total(l) for l in lines), 2)
print(invoice_total(["pen;2;1,50", "ink;1;3,25"]))
print(invoice_total(["pen;2;1,50", "ink;1;three"]))
