// asyncio.Queue, PriorityQueue, LifoQueue (CPython 3.11: Lib/asyncio/queues.py).
//
// Index
//   1. Storage: _init/_put/_get of the three orders, qsize, full
//   2. Trace and deadlock explanations
//   3. The operations: put_nowait, get_nowait, put, get, task_done, join
//   4. The Python types
#include "engine/asyncio/queue.h"

#include <cinttypes>
#include <cstdio>

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/py_heap.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/generic_alias.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* queue_type = nullptr;
Type* priority_queue_type = nullptr;
Type* lifo_queue_type = nullptr;
Type* queue_empty_type = nullptr;
Type* queue_full_type = nullptr;

namespace {

Queue* as_queue(Object* o) {
  return static_cast<Queue*>(o);
}

// ---------------------------------------------------------------------------------------------
// 1. Storage
// ---------------------------------------------------------------------------------------------

// CPython: Queue._put / PriorityQueue._put / LifoQueue._put.
void put_item(Queue* q, Value item) {
  if (q->order == QueueOrder::Priority) {
    py_heappush(q->heap, std::move(item));
  } else {
    q->items.push_back(std::move(item));
  }
}

// CPython: Queue._get (popleft) / PriorityQueue._get (heappop) / LifoQueue._get (pop).
Value get_item(Queue* q) {
  switch (q->order) {
    case QueueOrder::Fifo: {
      Value v = std::move(q->items.front());
      q->items.pop_front();
      return v;
    }
    case QueueOrder::Lifo: {
      Value v = std::move(q->items.back());
      q->items.pop_back();
      return v;
    }
    case QueueOrder::Priority:
      break;
  }
  return py_heappop(q->heap);
}

// list(self._queue), front first.
std::vector<Value> queue_list(Queue* q) {
  if (q->order == QueueOrder::Priority) return q->heap;
  return std::vector<Value>(q->items.begin(), q->items.end());
}

// CPython: Queue._wakeup_next: wakes the first waiter that is not done, dropping done ones.
void wakeup_next(WaiterQueue& waiters) {
  while (!waiters.empty()) {
    Ref<Future> w = std::move(waiters.front().fut);
    waiters.pop_front();
    if (!w->done()) {
      future_set_result(w.get(), None);
      break;
    }
  }
}

// The queue's `_finished` Event (CPython: Event.set / Event.clear / Event.wait).
void finished_set(Queue* q) {
  if (q->finished) return;
  q->finished = true;
  for (const Waiter& w : q->finished_waiters) {
    if (!w.fut->done()) future_set_result(w.fut.get(), True_);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Trace and deadlock explanations
// ---------------------------------------------------------------------------------------------

// The recorder keeps the getters and putters from the parks and wake-ups (prim_park), and the
// items of a FIFO or LIFO queue from its puts and gets (each item's repr taken once, when it is
// put); a PriorityQueue's heap order moves on every operation, so it lists its items each time.
void trace_op(Queue* q, const char* op) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return;
  const size_t n = queue_qsize(q);
  const uint32_t capacity = q->max_is_int && q->max > 0 ? uint32_t(q->max) : 0;
  constexpr uint8_t kAllKept = trace::PrimitiveStateIn::kKeptItems |
                               trace::PrimitiveStateIn::kKeptWaiters |
                               trace::PrimitiveStateIn::kKeptWaiters2;
  if (q->order != QueueOrder::Priority && n <= size_t{INT32_MAX}) {
    prim_record_kept(rec, q, op, {kAllKept, int32_t(n), capacity, 0});
    return;
  }
  PrimState s;
  s.value = double(n);
  s.capacity = capacity;
  s.kept = trace::PrimitiveStateIn::kKeptWaiters | trace::PrimitiveStateIn::kKeptWaiters2;
  if (q->order == QueueOrder::Priority) {
    const size_t shown = std::min<size_t>(n, rec->max_listed());
    s.items.reserve(shown);
    for (size_t i = 0; i < shown; ++i) s.items.push_back(trace_repr(q->heap[i].get()));
    s.items_total = uint32_t(n);
  } else {
    s.kept |= trace::PrimitiveStateIn::kKeptItems;
  }
  prim_record(rec, q, op, s);
}

// An item entered or left a FIFO or LIFO queue (trace_op).
void trace_put(Queue* q, Object* item) {
  trace::Recorder* rec = active_tracer();
  if (!rec || !q->trace_id || q->order == QueueOrder::Priority) return;
  rec->list_push(q->trace_id, 0, uint32_t(trace_repr_id(rec, item)));
}

void trace_got(Queue* q) {
  trace::Recorder* rec = active_tracer();
  if (!rec || !q->trace_id) return;
  if (q->order == QueueOrder::Fifo) rec->list_pop_front(q->trace_id, 0);
  if (q->order == QueueOrder::Lifo) rec->list_pop_back(q->trace_id, 0);
}

std::string explain_get(Object*, Task*) {
  return "no task can put into this queue any more";
}

std::string explain_put(Object* owner, Task*) {
  Queue* q = as_queue(owner);
  return "the queue is full (maxsize=" + repr(q->maxsize.get())->s +
         ") and no task can get from it any more";
}

std::string explain_join(Object* owner, Task*) {
  Queue* q = as_queue(owner);
  const int64_t n = q->unfinished_tasks;
  return std::to_string(n) + (n == 1 ? " item has" : " items have") +
         " not been marked done with task_done(), and no task can call it any more";
}

const WaitKind kQueueGet{"Queue.get()", trace::ObjKind::Queue, explain_get};
const WaitKind kQueuePut{"Queue.put()", trace::ObjKind::Queue, explain_put};
const WaitKind kQueueJoin{"Queue.join()", trace::ObjKind::Queue, explain_join};

// ---------------------------------------------------------------------------------------------
// 4. The Python types (the operations of section 3 follow the namespace)
// ---------------------------------------------------------------------------------------------

QueueOrder order_of(Type* t) {
  if (t->is_subtype_of(priority_queue_type)) return QueueOrder::Priority;
  if (t->is_subtype_of(lifo_queue_type)) return QueueOrder::Lifo;
  return QueueOrder::Fifo;
}

PrimKind kind_of(QueueOrder o) {
  switch (o) {
    case QueueOrder::Fifo:
      return PrimKind::Queue;
    case QueueOrder::Priority:
      return PrimKind::PriorityQueue;
    case QueueOrder::Lifo:
      return PrimKind::LifoQueue;
  }
  return PrimKind::Queue;
}

void set_maxsize(Queue* q, Object* maxsize) {
  q->maxsize = Value(maxsize);
  q->max_is_int = int_as_int64(maxsize, q->max) && !is_instance(maxsize, bool_type);
  if (!q->max_is_int) q->max = 0;
}

void reset(Queue* q, QueueOrder order, Object* maxsize) {
  q->order = order;
  set_maxsize(q, maxsize);
  q->items.clear();
  q->heap.clear();
  q->getters.clear();
  q->putters.clear();
  q->unfinished_tasks = 0;
  q->finished = true;
  q->finished_waiters.clear();
}

// A usable empty queue even when a subclass's __init__ never calls Queue.__init__.
Value queue_py_new(Type* t, Args) {
  Ref<Queue> q = alloc_instance<Queue>(t);
  Value zero = int_from(int64_t(0));
  reset(q.get(), order_of(t), zero.get());
  return q;
}

// CPython: Queue.__init__(maxsize=0).
void queue_py_init(Object* self, Args a) {
  Object* maxsize = nullptr;
  bind_init_args(a, "Queue.__init__", {"maxsize"}, &maxsize);
  Value zero;
  if (!maxsize) {
    zero = int_from(int64_t(0));
    maxsize = zero.get();
  }
  Queue* q = as_queue(self);
  reset(q, order_of(self->type), maxsize);
  prim_init_identity(q, kind_of(q->order));
}

// CPython: Queue._format.
std::string format(Queue* q) {
  std::string result = "maxsize=" + repr(q->maxsize.get())->s;
  if (queue_qsize(q)) result += " _queue=" + repr(list_from_values(queue_list(q)).get())->s;
  if (!q->getters.empty()) result += " _getters[" + std::to_string(q->getters.size()) + "]";
  if (!q->putters.empty()) result += " _putters[" + std::to_string(q->putters.size()) + "]";
  if (q->unfinished_tasks) result += " tasks=" + std::to_string(q->unfinished_tasks);
  return result;
}

// CPython: Queue.__repr__: f'<{type(self).__name__} at {id(self):#x} {self._format()}>'.
Value queue_repr(Object* self) {
  char addr[32];
  std::snprintf(addr, sizeof addr, "%#" PRIxPTR, reinterpret_cast<uintptr_t>(self));
  return str_from("<" + self->type->name + " at " + addr + " " + format(as_queue(self)) + ">");
}

Value queue_str(Object* self) {
  return str_from("<" + self->type->name + " " + format(as_queue(self)) + ">");
}

Value m_qsize(Object* self, Args a) {
  check_no_args(a, "qsize");
  return int_from(int64_t(queue_qsize(as_queue(self))));
}

Value get_maxsize(Object* self) {
  return as_queue(self)->maxsize;
}

Value m_empty(Object* self, Args a) {
  check_no_args(a, "empty");
  return bool_obj(queue_qsize(as_queue(self)) == 0);
}

Value m_full(Object* self, Args a) {
  check_no_args(a, "full");
  return bool_obj(queue_full(as_queue(self)));
}

Value m_put(Object* self, Args a) {
  Object* item = nullptr;
  bind_args(a, "put", {"item"}, 1, &item);
  return native_coro(queue_put_body(Ref<Queue>(as_queue(self)), Value(item)), "Queue.put");
}

Value m_put_nowait(Object* self, Args a) {
  Object* item = nullptr;
  bind_args(a, "put_nowait", {"item"}, 1, &item);
  queue_put_nowait(as_queue(self), Value(item));
  return none();
}

Value m_get(Object* self, Args a) {
  check_no_args(a, "get");
  return native_coro(queue_get_body(Ref<Queue>(as_queue(self))), "Queue.get");
}

Value m_get_nowait(Object* self, Args a) {
  check_no_args(a, "get_nowait");
  return queue_get_nowait(as_queue(self));
}

Value m_task_done(Object* self, Args a) {
  check_no_args(a, "task_done");
  queue_task_done(as_queue(self));
  return none();
}

Value m_join(Object* self, Args a) {
  check_no_args(a, "join");
  return native_coro(queue_join_body(Ref<Queue>(as_queue(self))), "Queue.join");
}

Value get_unfinished(Object* self) {
  return int_from(as_queue(self)->unfinished_tasks);
}

// A heap exception class as `class Name(Exception): pass` in module asyncio.queues.
Type* make_queue_exception(const char* name, const char* doc) {
  Ref<Dict> ns = dict_new();
  dict_set_str(ns.get(), "__module__", str_from("asyncio.queues").get());
  dict_set_str(ns.get(), "__doc__", str_from(doc).get());
  Ref<Tuple> bases = tuple_from({exc::Exception});
  Value name_str = str_from(name);
  Value t = call(type_type, {name_str.get(), bases.get(), ns.get()});
  Type* type = static_cast<Type*>(t.release());
  type->make_immortal();
  return type;
}

Type* make_queue_type(const char* name, Type* base) {
  Type* t = new_builtin_type(name, base);
  t->module = "asyncio.queues";
  t->dict_offset = with_dict_offset<Queue>();
  return t;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 3. The operations
// ---------------------------------------------------------------------------------------------

size_t queue_qsize(Queue* q) {
  return q->order == QueueOrder::Priority ? q->heap.size() : q->items.size();
}

// CPython: Queue.full.
bool queue_full(Queue* q) {
  if (q->max_is_int) return q->max > 0 && int64_t(queue_qsize(q)) >= q->max;
  Value zero = int_from(int64_t(0));
  if (compare_bool(q->maxsize.get(), zero.get(), CmpOp::Le)) return false;
  Value n = int_from(int64_t(queue_qsize(q)));
  return compare_bool(n.get(), q->maxsize.get(), CmpOp::Ge);
}

// CPython: Queue.put_nowait.
void queue_put_nowait(Queue* q, Value item, const char* op) {
  if (queue_full(q)) raise(call(queue_full_type, std::initializer_list<Object*>{}));
  Object* put = item.get();
  put_item(q, std::move(item));
  trace_put(q, put);
  ++q->unfinished_tasks;
  q->finished = false;
  wakeup_next(q->getters);
  trace_op(q, op);
}

// CPython: Queue.get_nowait.
Value queue_get_nowait(Queue* q, const char* op) {
  if (queue_qsize(q) == 0) raise(call(queue_empty_type, std::initializer_list<Object*>{}));
  Value item = get_item(q);
  trace_got(q);
  wakeup_next(q->putters);
  trace_op(q, op);
  return item;
}

// CPython: Queue.put.
Coro queue_put_body(Ref<Queue> q, Value item) {
  while (queue_full(q.get())) {
    Ref<Future> putter = prim_park(q.get(), q->putters, &kQueuePut, "put", nullptr, 2);
    trace_op(q.get(), "put (waits)");
    try {
      co_await await_object(putter.get());
    } catch (PyException&) {
      future_cancel(putter.get());  // Just in case putter is not done yet.
      // The putter may already be gone: a get_nowait popped it when it woke it.
      waiters_remove(q->putters, putter.get());
      // Woken by get_nowait() but unable to take the slot: wake the next in line.
      if (!queue_full(q.get()) && putter->state != FutState::Cancelled) wakeup_next(q->putters);
      trace_op(q.get(), "put cancelled");
      throw;
    }
  }
  queue_put_nowait(q.get(), std::move(item), "put");
  co_return none();
}

// CPython: Queue.get.
Coro queue_get_body(Ref<Queue> q) {
  while (queue_qsize(q.get()) == 0) {
    Ref<Future> getter = prim_park(q.get(), q->getters, &kQueueGet, "get");
    trace_op(q.get(), "get (waits)");
    try {
      co_await await_object(getter.get());
    } catch (PyException&) {
      future_cancel(getter.get());  // Just in case getter is not done yet.
      // The getter may already be gone: a put_nowait popped it when it woke it.
      waiters_remove(q->getters, getter.get());
      // Woken by put_nowait() but unable to take the item: wake the next in line.
      if (queue_qsize(q.get()) != 0 && getter->state != FutState::Cancelled)
        wakeup_next(q->getters);
      trace_op(q.get(), "get cancelled");
      throw;
    }
  }
  co_return queue_get_nowait(q.get(), "get");
}

// CPython: Queue.task_done.
void queue_task_done(Queue* q) {
  if (q->unfinished_tasks <= 0) raise(exc::ValueError, "task_done() called too many times");
  --q->unfinished_tasks;
  if (q->unfinished_tasks == 0) finished_set(q);
  trace_op(q, "task_done");
}

// CPython: Queue.join: `await self._finished.wait()` while tasks are unfinished.
Coro queue_join_body(Ref<Queue> q) {
  if (q->unfinished_tasks > 0 && !q->finished) {
    Ref<Future> fut = prim_park(q.get(), q->finished_waiters, &kQueueJoin, "join", nullptr, 0);
    trace_op(q.get(), "join (waits)");
    try {
      co_await await_object(fut.get());
    } catch (PyException&) {
      waiters_remove(q->finished_waiters, fut.get());
      throw;
    }
    waiters_remove(q->finished_waiters, fut.get());
  }
  co_return none();
}

Ref<Queue> queue_new(QueueOrder order, int64_t maxsize) {
  init_queue_types();
  Type* t = order == QueueOrder::Fifo       ? queue_type
            : order == QueueOrder::Priority ? priority_queue_type
                                            : lifo_queue_type;
  Ref<Queue> q = alloc_instance<Queue>(t);
  Value m = int_from(maxsize);
  reset(q.get(), order, m.get());
  prim_init_identity(q.get(), kind_of(order));
  return q;
}

void init_queue_types() {
  if (queue_type) return;
  queue_empty_type = make_queue_exception(
      "QueueEmpty", "Raised when Queue.get_nowait() is called on an empty Queue.");
  queue_full_type = make_queue_exception(
      "QueueFull", "Raised when the Queue.put_nowait() method is called on a full Queue.");

  Type* t = make_queue_type("Queue", object_type);
  t->new_instance = queue_py_new;
  t->init = queue_py_init;
  t->repr = queue_repr;
  t->str = queue_str;
  add_method(t, "qsize", m_qsize);
  add_getset(t, "maxsize", get_maxsize);
  add_method(t, "empty", m_empty);
  add_method(t, "full", m_full);
  add_method(t, "put", m_put);
  add_method(t, "put_nowait", m_put_nowait);
  add_method(t, "get", m_get);
  add_method(t, "get_nowait", m_get_nowait);
  add_method(t, "task_done", m_task_done);
  add_method(t, "join", m_join);
  add_getset(t, "_maxsize", get_maxsize);
  add_getset(t, "_unfinished_tasks", get_unfinished);
  add_class_getitem(t);
  t->ready();
  queue_type = t;

  Type* p = make_queue_type("PriorityQueue", queue_type);
  p->ready();
  priority_queue_type = p;
  Type* l = make_queue_type("LifoQueue", queue_type);
  l->ready();
  lifo_queue_type = l;
}

}  // namespace al
