# Integer modulo and floor division by zero in an expression.
def bucket(n, buckets):
    return (n * 31 + 7) % buckets
print(bucket(10, 4))
print(bucket(10, 0))
