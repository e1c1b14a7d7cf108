// asyncio.gather and its _GatheringFuture (CPython: Lib/asyncio/tasks.py gather).
#include <unordered_map>
#include <vector>

#include "engine/asyncio/asyncio_api.h"
#include "engine/asyncio/asyncio_state.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/list.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

Type* gathering_future_type = nullptr;

namespace {

// The outer future of a gather, carrying the closure state of CPython's _done_callback.
struct GatheringFuture : Future {
  std::vector<Value> children;
  size_t nfuts = 0;
  size_t nfinished = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;
  bool constructed = false;  // CPython's `outer is None` until gather() returns (bpo-46672)
  using Future::Future;
};

GatheringFuture* as_gf(Object* o) {
  return static_cast<GatheringFuture*>(o);
}

Value cancel_message_of(Object* fut) {
  if (is_future(fut)) {
    Future* f = static_cast<Future*>(fut);
    return f->cancel_message() ? Value(f->cancel_message()) : Value(str_from(""));
  }
  Value m = getattr(fut, "_cancel_message");
  return m.get() == None ? Value(str_from("")) : m;
}

Value make_cancelled_error_of(Object* fut) {
  if (is_future(fut)) return future_make_cancelled_error(static_cast<Future*>(fut));
  return call_method(fut, "_make_cancelled_error", {});
}

// CPython: gather.<locals>._done_callback.
void done_callback(Object* self, Object* fut) {
  GatheringFuture* outer = as_gf(self);
  ++outer->nfinished;
  if (!outer->constructed || outer->done()) {
    // Mark the exception retrieved.
    if (!fut_cancelled(fut)) fut_exception(fut);
    return;
  }
  if (!outer->return_exceptions) {
    if (fut_cancelled(fut)) {
      Value exc = make_cancelled_error_of(fut);
      future_set_exception(outer, exc.get());
      return;
    }
    Value exc = fut_exception(fut);
    if (exc.get() != None) {
      future_set_exception(outer, exc.get());
      return;
    }
  }
  if (outer->nfinished == outer->nfuts) {
    Ref<List> results = list_new();
    Object* last = nullptr;
    for (const Value& child : outer->children) {
      last = child.get();
      Value res;
      if (fut_cancelled(child.get())) {
        Value msg = cancel_message_of(child.get());
        res = call(aio().CancelledError, {msg.get()});
      } else {
        res = fut_exception(child.get());
        if (res.get() == None) res = fut_result(child.get());
      }
      list_append(results.get(), res.get());
    }
    if (outer->cancel_requested) {
      // If gather is being cancelled we must propagate the cancellation regardless of
      // return_exceptions (CPython uses the last child here).
      Value exc = make_cancelled_error_of(last);
      future_set_exception(outer, exc.get());
    } else {
      future_set_result(outer, results.get());
    }
  }
}

const NativeCallback kGatherDone{done_callback, "gather.<locals>._done_callback", nullptr};

// CPython: _GatheringFuture.cancel.
bool gathering_cancel(GatheringFuture* outer, Object* msg) {
  if (outer->done()) return false;
  bool ret = false;
  std::vector<Value> children = outer->children;
  for (const Value& child : children) {
    bool r;
    if (is_task(child.get())) {
      r = task_cancel(static_cast<Task*>(child.get()), msg);
    } else if (is_exactly(child.get(), future_type) ||
               is_exactly(child.get(), gathering_future_type)) {
      r = is_exactly(child.get(), gathering_future_type)
              ? gathering_cancel(as_gf(child.get()), msg)
              : future_cancel(static_cast<Future*>(child.get()), msg);
    } else {
      Ref<Dict> kw = dict_new();
      dict_set_str(kw.get(), "msg", msg ? msg : None);
      r = truthy(call_kw(getattr(child.get(), "cancel").get(), {}, kw.get()).get());
    }
    if (r) ret = true;
  }
  if (ret) outer->cancel_requested = true;
  return ret;
}

Value gf_cancel(Object* self, Args a) {
  Object* msg = nullptr;
  bind_args(a, "cancel", {"msg"}, 0, &msg);
  return bool_obj(gathering_cancel(as_gf(self), msg == None ? nullptr : msg));
}

// Identity of gather's arguments (CPython uses a dict: futures and coroutines hash by id).
struct IdentityHash {
  size_t operator()(Object* o) const { return std::hash<Object*>()(o); }
};

}  // namespace

std::vector<Value> gathering_children(Object* outer) {
  return as_gf(outer)->children;
}

Value gather(std::span<Object* const> items, bool return_exceptions) {
  init_gather_types();
  if (items.empty()) {
    EventLoop* loop = asyncio_get_event_loop();
    Ref<Future> outer = future_new(loop);
    Ref<List> empty = list_new();
    future_set_result(outer.get(), empty.get());
    return outer;
  }
  std::unordered_map<Object*, Value, IdentityHash> arg_to_fut;
  std::vector<Value> children;
  EventLoop* loop = nullptr;
  // The outer future exists from the start so the callbacks can point at it; `constructed`
  // plays the role of CPython's `outer is None`.
  Ref<GatheringFuture> outer;
  size_t nfuts = 0;
  for (Object* arg : items) {
    auto it = arg_to_fut.find(arg);
    Value fut;
    if (it == arg_to_fut.end()) {
      fut = ensure_future(arg, loop);
      if (!loop) {
        loop = future_get_loop(fut.get());
        outer = make<GatheringFuture>(gathering_future_type, loop);
      }
      if (fut.get() != arg) {
        // A Future created for `arg`: the caller cannot control it.
        if (is_task(fut.get())) static_cast<Task*>(fut.get())->set_log_destroy_pending(false);
      }
      ++nfuts;
      arg_to_fut.emplace(arg, fut);
      if (is_exactly(fut.get(), future_type) || is_task(fut.get()) ||
          is_exactly(fut.get(), gathering_future_type)) {
        future_add_native_callback(static_cast<Future*>(fut.get()), &kGatherDone, outer.get());
      } else {
        Value cb = make_builtin(
            "_done_callback",
            [](Object* self, Args a) -> Value {
              check_one_arg(a, "_done_callback");
              done_callback(self, a[0]);
              return none();
            },
            outer.get());
        call_method(fut.get(), "add_done_callback", {cb.get()});
      }
    } else {
      fut = it->second;
    }
    children.push_back(fut);
  }
  outer->children = std::move(children);
  outer->nfuts = nfuts;
  outer->return_exceptions = return_exceptions;
  outer->constructed = true;
  return outer;
}

Value py_gather(Object*, Args a) {
  bool return_exceptions = false;
  for (size_t i = 0; i < a.nkw(); ++i) {
    if (a.kw_name(i)->s != "return_exceptions") {
      raise(exc::TypeError,
            "gather() got an unexpected keyword argument '" + a.kw_name(i)->s + "'");
    }
    return_exceptions = truthy(a.kw_value(i));
  }
  return gather(a.positional(), return_exceptions);
}

void init_gather_types() {
  if (gathering_future_type) return;
  init_task_type();
  Type* t = new_builtin_type("_GatheringFuture", future_type);
  t->module = "asyncio.tasks";
  t->allows_subclass = false;
  add_method(t, "cancel", gf_cancel);
  t->ready();
  gathering_future_type = t;
}

}  // namespace al
