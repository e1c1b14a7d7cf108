# A small program: word frequency report with Counter, sorting and formatting.
from collections import Counter
TEXT = """Asyncio is a library to write concurrent code using the async/await syntax.
Asyncio is used as a foundation for multiple Python asynchronous frameworks that provide
high-performance network and web-servers, database connection libraries, distributed task queues, etc.
Asyncio is often a perfect fit for IO-bound and high-level structured network code."""
def words(text):
    for raw in text.lower().split():
        word = raw.strip(".,/-")
        if word:
            yield word
counts = Counter(words(TEXT))
print(f"{sum(counts.values())} words, {len(counts)} distinct")
for word, n in counts.most_common(5):
    print(f"{word:<12} {n:>3} {'*' * n}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length)[-3:]:
    print(length, by_length[length])
