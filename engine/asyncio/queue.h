// asyncio.Queue, PriorityQueue and LifoQueue, QueueEmpty and QueueFull (CPython 3.11:
// Lib/asyncio/queues.py).
//
// put() and get() are not hand-offs (DESIGN.md §2): a woken getter (putter) retries
// get_nowait() (put_nowait()) when it runs, and may find that a task that ran first took the
// item (the slot); it then waits again at the back. _wakeup_next pops waiters until it finds
// one that is not done.
//
//   Ref<Queue> q = queue_new(QueueOrder::Fifo, maxsize);
//   queue_put_nowait(q.get(), item);                  // QueueFull when full
//   Value v = queue_get_nowait(q.get());              // QueueEmpty when empty
//   co_await await_coro(queue_get_body(q), "Queue.get");
#pragma once

#include <deque>
#include <vector>

#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"

namespace al {

// Which _init/_put/_get the queue uses: deque popleft, heapq, list pop.
enum class QueueOrder : uint8_t { Fifo, Priority, Lifo };

struct Queue : Primitive {
  QueueOrder order = QueueOrder::Fifo;
  Value maxsize;    // CPython: _maxsize, any object
  int64_t max = 0;  // maxsize when it is an int that fits
  bool max_is_int = true;
  std::deque<Value> items;       // CPython: _queue (Fifo, Lifo)
  std::vector<Value> heap;       // CPython: _queue (Priority)
  WaiterQueue getters;           // CPython: _getters
  WaiterQueue putters;           // CPython: _putters
  int64_t unfinished_tasks = 0;  // CPython: _unfinished_tasks
  bool finished = true;          // CPython: _finished, an Event: its flag and waiters
  WaiterQueue finished_waiters;

  explicit Queue(Type* t) : Primitive(t) {}
};

extern Type* queue_type;
extern Type* priority_queue_type;
extern Type* lifo_queue_type;
extern Type* queue_empty_type;  // asyncio.QueueEmpty
extern Type* queue_full_type;   // asyncio.QueueFull

Ref<Queue> queue_new(QueueOrder order, int64_t maxsize = 0);

size_t queue_qsize(Queue* q);
bool queue_full(Queue* q);
// CPython: Queue.put_nowait / get_nowait; `op` names the operation in the trace.
void queue_put_nowait(Queue* q, Value item, const char* op = "put_nowait");
Value queue_get_nowait(Queue* q, const char* op = "get_nowait");
// CPython: the bodies of Queue.put, Queue.get, Queue.join; Queue.task_done.
Coro queue_put_body(Ref<Queue> q, Value item);
Coro queue_get_body(Ref<Queue> q);
Coro queue_join_body(Ref<Queue> q);
void queue_task_done(Queue* q);

void init_queue_types();

}  // namespace al
