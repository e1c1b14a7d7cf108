// asyncio's async-generator hooks (CPython: base_events.py _asyncgen_firstiter_hook,
// _asyncgen_finalizer_hook) and the loop's list of live async generators.
//
// CPython keeps the loop's async generators in a WeakSet; its finalizer hook runs the moment an
// unfinished generator is freed and schedules `create_task(agen.aclose())`. The runtime has no
// weak references, so the loop holds them strongly and notices that a generator became garbage
// (only the loop's reference is left) before the next callback is scheduled: since the hook only
// schedules, running it then keeps every callback in CPython's order.
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/runtime/api.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/list.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/generator.h"

namespace al {

namespace {

std::vector<Value>& loop_agens(EventLoop* loop) {
  // The list lives in a Python list stored on the loop (freed with it).
  if (!loop->asyncgens) loop->asyncgens = list_new();
  return static_cast<List*>(loop->asyncgens.get())->items;
}

bool agen_finished(Object* agen) {
  auto* g = static_cast<Generator*>(agen);
  return g->state == GenState::Completed || g->ag_closed;
}

void schedule_aclose(EventLoop* loop, Object* agen) {
  if (loop->closed) return;
  // CPython: self.call_soon_threadsafe(self.create_task, agen.aclose())
  Value aclose = call_method(agen, "aclose", {});
  Value create_task = getattr(loop, "create_task");
  Object* arg = aclose.get();
  loop->call_soon(create_task.get(), std::span<Object* const>(&arg, 1));
}

bool g_collecting = false;

// Drops generators nobody else references, scheduling aclose() for unfinished ones.
void collect_agens(EventLoop* loop) {
  if (g_collecting || !loop->asyncgens) return;
  std::vector<Value>& agens = loop_agens(loop);
  bool any = false;
  for (const Value& a : agens) any |= a->refcnt == 1;
  if (!any) return;
  g_collecting = true;
  std::vector<Value> dead;
  std::vector<Value> kept;
  for (Value& a : agens) (a->refcnt == 1 ? dead : kept).push_back(std::move(a));
  agens = std::move(kept);
  for (const Value& a : dead) {
    if (!agen_finished(a.get())) {
      // The generator will be closed through its aclose() task: no VM finalizer.
      ag_finalizer(static_cast<Generator*>(a.get())) = nullptr;
      try {
        schedule_aclose(loop, a.get());
      } catch (PyException&) {
      }
    }
  }
  g_collecting = false;
}

Value firstiter_hook(Object* self, Args a) {
  check_one_arg(a, "_asyncgen_firstiter_hook");
  auto* loop = static_cast<EventLoop*>(self);
  // CPython warns (ResourceWarning, ignored by default) after shutdown_asyncgens().
  loop_agens(loop).emplace_back(a[0]);
  return none();
}

Value finalizer_hook(Object* self, Args a) {
  check_one_arg(a, "_asyncgen_finalizer_hook");
  auto* loop = static_cast<EventLoop*>(self);
  std::vector<Value>& agens = loop_agens(loop);
  for (auto it = agens.begin(); it != agens.end(); ++it) {
    if (it->get() == a[0]) {
      agens.erase(it);
      break;
    }
  }
  schedule_aclose(loop, a[0]);
  return none();
}

// CPython: run_forever swaps sys's asyncgen hooks for the loop's own while it runs.
void running_hook(EventLoop* loop, bool entering) {
  AsyncGenHooks& h = asyncgen_hooks();
  if (entering) {
    loop->saved_firstiter = h.firstiter;
    loop->saved_finalizer = h.finalizer;
    h.firstiter = make_builtin("_asyncgen_firstiter_hook", firstiter_hook, loop);
    h.finalizer = make_builtin("_asyncgen_finalizer_hook", finalizer_hook, loop);
  } else {
    h.firstiter = std::move(loop->saved_firstiter);
    h.finalizer = std::move(loop->saved_finalizer);
  }
}

}  // namespace

void asyncio_collect_asyncgens(EventLoop* loop) {
  collect_agens(loop);
}

std::vector<Value>& asyncio_loop_asyncgens(EventLoop* loop) {
  return loop_agens(loop);
}

void asyncio_install_asyncgen_hooks() {
  g_loop_running_hook = running_hook;
  g_loop_before_schedule = collect_agens;
}

}  // namespace al
