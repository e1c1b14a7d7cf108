#include "engine/asyncio/tracing.h"

#include <functional>
#include <string_view>

#include "engine/asyncio/asyncio_state.h"
#include "engine/asyncio/future.h"
#include "engine/asyncio/native_coro.h"
#include "engine/asyncio/primitive_support.h"
#include "engine/asyncio/task.h"
#include "engine/runtime/api.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/frame.h"
#include "engine/vm/generator.h"
#include "engine/vm/vmstate.h"

namespace al {

namespace {

trace::Pos frame_pos(Frame* f) {
  const Position& p = f->code->position(f->lasti);
  trace::Pos pos;
  pos.line = p.lineno > 0 ? uint32_t(p.lineno) : 0;
  pos.col = p.col > 0 ? uint32_t(p.col) : 0;
  return pos;
}

}  // namespace

trace::Pos current_pos() {
  Frame* f = vmstate().current;
  return f ? frame_pos(f) : trace::Pos{};
}

trace::Pos coro_pos(Object* coro) {
  // The innermost frame of the await chain: only its position is read.
  Frame* innermost = nullptr;
  Object* o = coro;
  for (int guard = 0; o && guard < 10000; ++guard) {
    if (o->type == coroutine_type || o->type == generator_type) {
      auto* g = static_cast<Generator*>(o);
      if (!g->frame) break;
      innermost = g->frame;
      o = gen_yield_from(g);
    } else if (is_native_coro(o)) {
      o = static_cast<NativeCoro*>(o)->awaiting();
    } else {
      break;
    }
  }
  return innermost ? frame_pos(innermost) : trace::Pos{};
}

trace::Waker current_waker() {
  EventLoop* loop = running_loop();
  if (!loop) return {};
  if (Task* t = current_task(loop)) return trace::Waker::task(t->trace_task);
  if (Handle* h = loop->current_handle) {
    return h->is_timer ? trace::Waker::timer(h->trace_id) : trace::Waker::callback(h->trace_id);
  }
  return {};
}

uint32_t future_trace_id(Future* f) {
  if (!f->trace_id) f->trace_id = aio_next_object_id();
  return f->trace_id;
}

// Labels are interned: an Obj must not point into a temporary string.
trace::Obj describe_awaited(Object* fut) {
  trace::Recorder* rec = active_tracer();
  if (!rec) return {};
  // A plain Future (a primitive's waiter) is by far the most common: no MRO walk for it.
  const bool plain_future = fut->type == future_type;
  // A primitive's waiter, described when it parked (prim_park). Built in place: an Obj copied
  // right after its fields were stored one by one stalls on store forwarding.
  if (plain_future && static_cast<Future*>(fut)->flag(Future::kIsWaiter)) {
    auto* w = static_cast<WaiterFuture*>(fut);
    if (w->park_label) {
      return {w->kind->kind, static_cast<Primitive*>(w->owner.get())->trace_id,
              trace::StrId(w->park_label)};
    }
  }
  if (!plain_future && is_task(fut)) {
    auto* t = static_cast<Task*>(fut);
    return {trace::ObjKind::Task, t->trace_task, rec->intern(task_name(t))};
  }
  if (plain_future || is_future(fut)) {
    auto* f = static_cast<Future*>(fut);
    const WaitKind* kind = f->wait_kind();
    const uint32_t owner_id = f->wait_owner_id();
    if (const uint32_t label = f->trace_label()) {
      return {kind ? kind->kind : trace::ObjKind::Future, owner_id ? owner_id : future_trace_id(f),
              trace::StrId(label)};
    }
    trace::Obj waiter;
    if (prim_describe_waiter(rec, f, waiter)) return waiter;
    if (kind) return {kind->kind, owner_id ? owner_id : future_trace_id(f), kind->label};
    return {trace::ObjKind::Future, future_trace_id(f), rec->intern(fut->type->name)};
  }
  return {trace::ObjKind::Other, 0, rec->intern(type_name(fut))};
}

namespace {

// A sink that forwards to the original one and records the text.
struct TracingSink {
  std::function<void(std::string_view)> inner;
  trace::Stream stream;
  void operator()(std::string_view text) const {
    if (inner) inner(text);
    if (trace::Recorder* rec = active_tracer()) rec->console_output(stream, text, current_pos());
  }
};

void wrap(std::function<void(std::string_view)>& sink, trace::Stream stream) {
  if (sink.target<TracingSink>()) return;  // already wrapped
  sink = TracingSink{std::move(sink), stream};
}

}  // namespace

void install_console_trace() {
  Interp& in = interp();
  wrap(in.out, trace::Stream::Stdout);
  wrap(in.err, trace::Stream::Stderr);
}

}  // namespace al
