#include "engine/asyncio/primitive_support.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <string_view>

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/tracing.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

constexpr std::array<const char*, size_t(PrimKind::kCount)> kKindNames = {
    "Lock",    "Event", "Condition",     "Semaphore", "BoundedSemaphore",
    "Barrier", "Queue", "PriorityQueue", "LifoQueue"};

std::array<uint32_t, size_t(PrimKind::kCount)> g_counters{};

trace::ObjKind trace_kind(PrimKind k) {
  switch (k) {
    case PrimKind::Lock:
      return trace::ObjKind::Lock;
    case PrimKind::Event:
      return trace::ObjKind::Event;
    case PrimKind::Condition:
      return trace::ObjKind::Condition;
    case PrimKind::Semaphore:
    case PrimKind::BoundedSemaphore:
      return trace::ObjKind::Semaphore;
    case PrimKind::Barrier:
      return trace::ObjKind::Barrier;
    case PrimKind::Queue:
    case PrimKind::PriorityQueue:
    case PrimKind::LifoQueue:
      return trace::ObjKind::Queue;
    case PrimKind::kCount:
      break;
  }
  return trace::ObjKind::Other;
}

// The variable the constructor's result is about to be stored in: the instruction after the
// running CALL in the caller's frame (`q = asyncio.Queue()` → "q", `self.lock = Lock()` →
// "lock"). Empty when the result goes anywhere else (a list, an argument, a return).
std::string stored_name() {
  Frame* f = vmstate().current;
  if (!f) return {};
  Code* c = f->code;
  const uint32_t i = f->lasti + 1;
  if (i >= c->ninstrs) return {};
  const CodeWord w = c->instrs[i];
  const uint32_t arg = word_arg(w);
  switch (word_op(w)) {
    case Op::STORE_FAST:
      return arg < c->varnames.size() ? c->varnames[arg]->s : std::string();
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL:
    case Op::STORE_ATTR:
      return arg < c->names.size() ? c->names[arg]->s : std::string();
    case Op::STORE_DEREF:
      if (arg < c->cellvars.size()) return c->cellvars[arg]->s;
      if (arg - c->cellvars.size() < c->freevars.size())
        return c->freevars[arg - c->cellvars.size()]->s;
      return {};
    default:
      return {};
  }
}

std::string numbered_label(Primitive* p) {
  return std::string(kKindNames[size_t(p->kind)]) + "#" + std::to_string(p->number);
}

}  // namespace

EventLoop* prim_get_loop(Primitive* p) {
  EventLoop* loop = asyncio_get_running_loop();
  if (!p->loop) p->loop = Ref<EventLoop>(loop);
  if (loop != p->loop.get())
    raise(exc::RuntimeError, repr(p)->s + " is bound to a different event loop");
  return loop;
}

void prim_init_identity(Primitive* p, PrimKind kind) {
  p->kind = kind;
  p->number = ++g_counters[size_t(kind)];
  p->trace_id = aio_next_object_id();
  p->label.clear();
  p->label_id = 0;
  if (trace::Recorder* rec = active_tracer()) {
    const std::string name = stored_name();
    p->label =
        name.empty() ? numbered_label(p) : std::string(kKindNames[size_t(kind)]) + " " + name;
    rec->primitive_created({trace_kind(kind), p->trace_id, p->label}, current_pos());
  }
}

const std::string& prim_label(Primitive* p) {
  if (p->label.empty()) p->label = numbered_label(p);
  return p->label;
}

namespace {

// Forgets the ids the primitive remembers when they belong to another recorder.
void sync_ids(trace::Recorder* rec, Primitive* p) {
  if (p->park_labels_of == rec->serial()) return;
  p->park_labels_of = rec->serial();
  for (Primitive::ParkLabel& l : p->park_labels) l = {};
  p->label_id = 0;
}

// "q.get()" for a named queue, "Queue#3.get()" otherwise; the primitive remembers the ids of
// its operations that park.
uint32_t park_label(trace::Recorder* rec, Primitive* shown, const char* op) {
  sync_ids(rec, shown);
  for (const Primitive::ParkLabel& l : shown->park_labels) {
    if (l.op == op) return l.id;
  }
  const std::string& label = prim_label(shown);
  const size_t space = label.find(' ');
  const std::string who = space == std::string::npos ? label : label.substr(space + 1);
  const uint32_t id = uint32_t(rec->intern(who + "." + op + "()"));
  Primitive::ParkLabel* slot = &shown->park_labels[0];
  while (slot->op && slot + 1 < std::end(shown->park_labels)) ++slot;
  *slot = {op, id};
  return id;
}

// The kinds prim_park has used, with their operation: a waiter future of one of these kinds
// belongs to the primitive it is tagged with, whose trace identity describes it.
struct ParkKind {
  const WaitKind* kind;
  const char* op;
};
thread_local std::array<ParkKind, 32> t_park_kinds;
thread_local size_t t_park_kind_count = 0;

const char* park_op(const WaitKind* kind) {
  for (size_t i = 0; i < t_park_kind_count; ++i) {
    if (t_park_kinds[i].kind == kind) return t_park_kinds[i].op;
  }
  return nullptr;
}

}  // namespace

bool prim_describe_waiter(trace::Recorder* rec, Future* f, trace::Obj& out) {
  const WaitKind* kind = f->wait_kind();
  const char* op = kind ? park_op(kind) : nullptr;
  if (!op) return false;
  auto* shown = static_cast<Primitive*>(f->wait_owner());
  if (!shown || !shown->trace_id) return false;
  out = {kind->kind, shown->trace_id, trace::StrId(park_label(rec, shown, op))};
  return true;
}

Ref<Future> prim_park(Primitive* p, WaiterQueue& queue, const WaitKind* kind, const char* op,
                      Primitive* shown, uint32_t trace_list) {
  Ref<Future> fut = future_new(prim_get_loop(p), kind);
  if (!shown) shown = p;
  // The trace finds the shown primitive through the future's owner, and its label through the
  // kind (prim_describe_waiter) or, when tracing is on, in park_label, cached below: the wait
  // is described twice (the step's end, the wake-up), and a field read beats two lookups.
  fut->set_wait(kind, shown);
  if (!park_op(kind) && t_park_kind_count < t_park_kinds.size()) {
    t_park_kinds[t_park_kind_count++] = {kind, op};
  }
  const uint32_t task = prim_current_task_id();
  trace::Recorder* rec = active_tracer();
  if (rec && shown->trace_id) {
    static_cast<WaiterFuture*>(fut.get())->park_label = park_label(rec, shown, op);
    if (trace_list) rec->list_push(shown->trace_id, trace_list, task);
  }
  queue.push_back(Waiter{fut, task});
  return fut;
}

bool waiters_remove(WaiterQueue& queue, Future* fut) {
  for (auto it = queue.begin(); it != queue.end(); ++it) {
    if (it->fut.get() == fut) {
      queue.erase(it);
      return true;
    }
  }
  return false;
}

std::string prim_repr(Object* self, const std::string& extra) {
  Value r = object_type->repr(self);
  const std::string& res = static_cast<Str*>(r.get())->s;
  return "<" + res.substr(1, res.size() - 2) + " [" + extra + "]>";
}

uint32_t prim_current_task_id() {
  EventLoop* loop = running_loop();
  if (!loop) return 0;
  Task* t = current_task(loop);
  return t ? t->trace_task : 0;
}

void bind_init_args(Args a, const char* qualname, std::initializer_list<const char*> names,
                    Object** out) {
  const size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = nullptr;
  if (a.npos > n) {
    // CPython: ceval.c too_many_positional (self counts as one).
    const std::string takes = n == 0
                                  ? "1 positional argument"
                                  : "from 1 to " + std::to_string(n + 1) + " positional arguments";
    raise(exc::TypeError, std::string(qualname) + "() takes " + takes + " but " +
                              std::to_string(a.npos + 1) +
                              (a.npos + 1 == 1 ? " was given" : " were given"));
  }
  for (size_t i = 0; i < a.npos; ++i) out[i] = a[i];
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& key = a.kw_name(k)->s;
    size_t i = 0;
    const char* const* nm = names.begin();
    while (i < n && key != nm[i]) ++i;
    if (i == n)
      raise(exc::TypeError,
            std::string(qualname) + "() got an unexpected keyword argument '" + key + "'");
    if (out[i])
      raise(exc::TypeError,
            std::string(qualname) + "() got multiple values for argument '" + key + "'");
    out[i] = a.kw_value(k);
  }
}

Holder current_holder() {
  Holder h;
  EventLoop* loop = running_loop();
  Task* t = loop ? current_task(loop) : nullptr;
  if (!t) return h;
  h.task = t->trace_task;
  h.name = task_name_value(t);
  Object* coro = t->coro.get();
  if (coro && (coro->type == coroutine_type || coro->type == generator_type)) {
    h.coro_name = Value(static_cast<Generator*>(coro)->name.get());
  }
  return h;
}

std::string holder_title(const Holder& h) {
  std::string s = h.name ? str(h.name.get())->s : "a task";
  if (h.coro_name) s += " (" + str(h.coro_name.get())->s + ")";
  return s;
}

std::string trace_repr(Object* item) {
  try {
    return repr(item)->s;
  } catch (PyException&) {
    return "<" + type_name(item) + " object (repr failed)>";
  }
}

trace::StrId trace_repr_id(trace::Recorder* rec, Object* item) {
  int64_t v = 0;
  if (is_exactly(item, int_type) && int_as_int64(item, v)) return rec->int_text(v);
  return rec->intern(trace_repr(item));
}

namespace {

// Whether `p` records `op` itself: false for a primitive without a trace identity, whose owner
// is told instead; true with its ids synced to `rec` and its label interned.
bool prim_traced(trace::Recorder* rec, Primitive* p, const char* op) {
  if (!p->trace_id) {
    if (p->report) p->report(p->reported_by, op);
    return false;
  }
  sync_ids(rec, p);
  if (!p->label_id) p->label_id = uint32_t(rec->intern(prim_label(p)));
  return true;
}

}  // namespace

void prim_record_kept(trace::Recorder* rec, Primitive* p, const char* op,
                      const trace::Recorder::KeptStateIn& s) {
  if (!prim_traced(rec, p, op)) return;
  rec->primitive_op(trace_kind(p->kind), p->trace_id, trace::StrId(p->label_id),
                    rec->intern_literal(op), s, current_pos());
}

void prim_record(trace::Recorder* rec, Primitive* p, const char* op, const PrimState& s) {
  // Nearly every operation passes no list and an integer value: the recorder's short form.
  const double v = s.value;
  if (s.items.empty() && s.items_total == UINT32_MAX && v >= INT32_MIN && v <= INT32_MAX &&
      v == std::trunc(v) && !(v == 0 && std::signbit(v))) {
    prim_record_kept(rec, p, op, {s.kept, static_cast<int32_t>(v), s.capacity, s.owner});
    return;
  }
  if (!prim_traced(rec, p, op)) return;
  trace::PrimitiveStateIn in;
  in.kept = s.kept;
  in.value = s.value;
  in.capacity = s.capacity;
  in.owner = s.owner;
  in.items_total = s.items_total;
  if (!s.items.empty()) {
    static thread_local std::vector<std::string_view> views;  // no Python code runs in use
    views.assign(s.items.begin(), s.items.end());
    in.items = std::span<const std::string_view>(views);
  }
  rec->primitive_op({trace_kind(p->kind), p->trace_id, trace::StrId(p->label_id)},
                    rec->intern_literal(op), in, current_pos());
}

std::string prim_task_title(Task* t) {
  std::string s = task_name(t);
  Object* coro = t->coro.get();
  if (coro && (coro->type == coroutine_type || coro->type == generator_type)) {
    s += " (" + static_cast<Generator*>(coro)->name->s + ")";
  }
  return s;
}

Task* prim_find_task(EventLoop* loop, uint32_t trace_task) {
  if (!loop || !trace_task) return nullptr;
  for (const Ref<Task>& t : all_tasks(loop)) {
    if (t->trace_task == trace_task) return t.get();
  }
  return nullptr;
}

std::string prim_task_blocker(Task* t) {
  Object* w = t->fut_waiter.get();
  if (!w) return {};
  if (is_task(w)) return prim_task_title(static_cast<Task*>(w));
  if (is_future(w)) {
    auto* f = static_cast<Future*>(w);
    if (const WaitKind* k = f->wait_kind()) return k->label;
  }
  return "a Future";
}

void prim_reset_run_state() {
  g_counters.fill(0);
}

}  // namespace al
