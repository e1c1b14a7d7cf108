# collections.deque as a queue, a stack and a ring buffer.
from collections import deque
q = deque(["a", "b"])
q.append("c")
q.appendleft("z")
print(q, len(q), q[0], q[-1])
print(q.popleft(), q.pop(), q)
q.extend([1, 2])
q.extendleft([8, 9])
print(q)
q.rotate(2)
print(q)
q.rotate(-1)
print(q, q.count(1), 1 in q)
recent = deque(maxlen=3)
for n in range(6):
    recent.append(n)
    print(list(recent))
print(recent, recent.maxlen)
q.remove("a")
q.clear()
print(q, bool(q))
try:
    q.popleft()
except IndexError as e:
    print("IndexError:", e)
history = deque([1, 2, 3], maxlen=5)
history.reverse()
print(history, list(reversed(history)), deque())
