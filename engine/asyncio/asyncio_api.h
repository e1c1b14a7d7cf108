// The asyncio functions native code shares (CPython: Lib/asyncio/tasks.py), callable from C++:
// the primitives and the module functions use them.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/asyncio/future.h"
#include "engine/asyncio/task.h"

namespace al {

// CPython: tasks._ensure_future: a future as is; a coroutine or awaitable wrapped in a Task of
// `loop` (null: the running or current loop).
Value ensure_future(Object* coro_or_future, EventLoop* loop = nullptr);
// CPython: BaseEventLoop.create_task (task factory included); raises "Event loop is closed".
Value loop_create_task(EventLoop* loop, Object* coro, Object* name = nullptr,
                       Object* context = nullptr);
// CPython: tasks.create_task (asyncio.create_task): takes a Task-N number, then renames.
Value asyncio_create_task(Object* coro, Object* name, Object* context);
// CPython: tasks.gather.
Value gather(std::span<Object* const> coros_or_futures, bool return_exceptions);
// The children of a gather()'s outer future, in argument order.
std::vector<Value> gathering_children(Object* outer);
// CPython: tasks.shield.
Value shield(Object* arg);
// CPython: inspect.isawaitable.
bool isawaitable(Object* o);
// CPython: coroutines.iscoroutinefunction (functools.partial and bound methods unwrapped).
bool iscoroutinefunction(Object* f);

// CPython's tracebacks keep the frames of asyncio's Python functions, and so their arguments,
// alive as long as the exception: attaches `keep` to `exc` for the same lifetime (an unawaited
// coroutine argument is then reported when the exception goes away, as in CPython).
void keep_with_exception(Object* exc, Object* keep);
[[noreturn]] void raise_keeping(Object* keep, Type* type, const std::string& message);

// CPython: tasks._release_waiter(waiter, *args): self is the waiter future.
extern const NativeCallback kReleaseWaiter;
// CPython: futures._set_result_unless_cancelled(fut, result): self is the future, arg the result.
extern const NativeCallback kSetResultUnlessCancelled;

// asyncgen_hooks.cpp: the loop's live async generators (CPython: loop._asyncgens), finalizing
// the ones that became garbage, and the run_forever hooks that install sys's asyncgen hooks.
std::vector<Value>& asyncio_loop_asyncgens(EventLoop* loop);
void asyncio_collect_asyncgens(EventLoop* loop);
void asyncio_install_asyncgen_hooks();
// CPython: BaseEventLoop.run_until_complete.
Value run_until_complete(EventLoop* loop, Object* future);

// The Python functions of the asyncio module, defined across the files of this folder.
Value py_sleep(Object* self, Args a);
Value py_gather(Object* self, Args a);
Value py_shield(Object* self, Args a);
Value py_wait(Object* self, Args a);
Value py_wait_for(Object* self, Args a);
Value py_as_completed(Object* self, Args a);
Value py_timeout(Object* self, Args a);
Value py_timeout_at(Object* self, Args a);
Value py_run(Object* self, Args a);

extern Type* gathering_future_type;
extern Type* timeout_type;
extern Type* task_group_type;
extern Type* runner_type;
void init_gather_types();
void init_wait_types();
void init_timeout_type();
void init_task_group_type();
void init_runner_type();
// Adds create_task, create_future, run_until_complete, ... to the loop type.
void init_loop_asyncio_methods();

}  // namespace al
