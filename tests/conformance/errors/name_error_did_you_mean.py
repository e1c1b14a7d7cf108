# NameError with a "Did you mean" suggestion for a misspelled local.
def total_price(items):
    subtotal = sum(price for _, price in items)
    return subtotl * 1.25
print(total_price([("pen", 2.0), ("ink", 3.0)]))
