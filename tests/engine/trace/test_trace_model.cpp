// Exact reconstructed states of hand-written traces (scenarios.h) at chosen events.
// Cases: the queue ping-pong · a lock with three waiters · a cancelled sleeper · time totals ·
// pending I/O and callbacks · diagnostics · a model that absorbs events appended later.
#include <catch2/catch.hpp>

#include "engine/trace/trace_model.h"
#include "tests/engine/trace/scenarios.h"

using namespace al::trace;

namespace {

std::vector<TaskId> waiting_ids(const std::vector<ReadyEntry>& ready) {
  std::vector<TaskId> out;
  for (const ReadyEntry& r : ready) out.push_back(r.kind == ReadyKind::Task ? r.id : 1000 + r.id);
  return out;
}

}  // namespace

TEST_CASE("ping-pong through a full queue: states at each turn", "[trace]") {
  Recorder rec(test::deterministic());
  test::PingPong at = test::record_ping_pong(rec);
  TraceModel model(rec, 4);  // small interval: queries cross several snapshots
  REQUIRE(model.size() == 34);
  REQUIRE(at.producer_blocked == 12);
  REQUIRE(at.last == 33);

  SECTION("producer blocked on the full queue") {
    State s = model.state_at(at.producer_blocked);
    REQUIRE(s.index == 12);
    REQUIRE(s.running == 0);
    REQUIRE(s.activity == LoopActivity::Scheduling);
    REQUIRE(s.tasks.size() == 3);
    const TaskInfo& main = s.tasks[0];
    REQUIRE(main.id == 1);
    REQUIRE(model.str(main.name) == "Task-1");
    REQUIRE(model.str(main.coroutine) == "main");
    REQUIRE(main.creator == 0);
    REQUIRE(main.created_line == 18);
    REQUIRE(main.state == TaskState::Waiting);
    REQUIRE(model.str(main.awaiting) == "gather(Task-2, Task-3)");
    REQUIRE(main.awaiting_kind == ObjKind::Future);
    REQUIRE(main.line == 16);
    REQUIRE(main.steps == 1);
    const TaskInfo& producer = s.tasks[1];
    REQUIRE(producer.id == 2);
    REQUIRE(producer.creator == 1);
    REQUIRE(producer.created_line == 14);
    REQUIRE(producer.state == TaskState::Waiting);
    REQUIRE(model.str(producer.awaiting) == "Queue.put q");
    REQUIRE(producer.awaiting_id == 100);
    REQUIRE(producer.line == 5);
    REQUIRE(producer.steps == 1);
    const TaskInfo& consumer = s.tasks[2];
    REQUIRE(consumer.state == TaskState::Ready);
    REQUIRE(consumer.woken_by_kind == WakerKind::Task);
    REQUIRE(consumer.woken_by_id == 1);
    REQUIRE(consumer.steps == 0);
    REQUIRE(waiting_ids(s.ready) == std::vector<TaskId>{3});
    REQUIRE(s.timers.empty());
    REQUIRE(s.primitives.size() == 1);
    const PrimitiveInfo& q = s.primitives[0];
    REQUIRE(q.id == 100);
    REQUIRE(q.type == ObjKind::Queue);
    REQUIRE(model.str(q.label) == "Queue q");
    REQUIRE(q.created_index == 3);
    REQUIRE(q.last_op == 11);
    REQUIRE(model.str(q.last_op_name) == "put");
    REQUIRE(q.last_actor == 2);
    REQUIRE(q.state.value == 1);
    REQUIRE(q.state.capacity == 1);
    REQUIRE(q.state.items.size() == 1);
    REQUIRE(model.str(q.state.items[0]) == "0");
    REQUIRE(q.state.waiters.empty());
    REQUIRE(q.state.waiters2 == std::vector<TaskId>{2});
    REQUIRE(s.console_lines == 0);
  }

  SECTION("the consumer's get wakes the producer") {
    State s = model.state_at(at.consumer_woke_producer);
    REQUIRE(s.running == 3);
    REQUIRE(s.activity == LoopActivity::RunningTask);
    REQUIRE(s.activity_id == 3);
    REQUIRE(s.tasks[2].state == TaskState::Running);
    REQUIRE(s.tasks[2].steps == 1);
    const TaskInfo& producer = s.tasks[1];
    REQUIRE(producer.state == TaskState::Ready);
    REQUIRE(producer.woken_by_kind == WakerKind::Task);
    REQUIRE(producer.woken_by_id == 3);
    REQUIRE(model.str(producer.woken_via) == "Queue q");
    REQUIRE(producer.awaiting == StrId::empty);
    REQUIRE(waiting_ids(s.ready) == std::vector<TaskId>{2});
    REQUIRE(s.primitives[0].state.value == 0);
    REQUIRE(s.primitives[0].state.waiters2.empty());
  }

  SECTION("the consumer blocks on the empty queue after printing") {
    State s = model.state_at(at.consumer_blocked);
    REQUIRE(s.tasks[2].state == TaskState::Waiting);
    REQUIRE(model.str(s.tasks[2].awaiting) == "Queue.get q");
    REQUIRE(s.tasks[2].line == 9);
    REQUIRE(s.primitives[0].state.waiters == std::vector<TaskId>{3});
    REQUIRE(s.console_lines == 1);
    REQUIRE(model.console_lines()[0].text == "0");
    REQUIRE(model.console_lines()[0].task == 3);
    REQUIRE(model.console_lines()[0].first_event == 16);
  }

  SECTION("the producer finishes; its done callback is queued behind the consumer") {
    State s = model.state_at(at.producer_done);
    REQUIRE(s.tasks[1].state == TaskState::Done);
    REQUIRE(model.str(s.tasks[1].outcome) == "None");
    REQUIRE(s.tasks[1].steps == 2);
    REQUIRE(s.tasks[1].line == 5);
    REQUIRE(s.ready.size() == 2);
    REQUIRE(s.ready[0] == ReadyEntry{ReadyKind::Task, 3, StrId::empty});
    REQUIRE(s.ready[1].kind == ReadyKind::Callback);
    REQUIRE(s.ready[1].id == 1);
    REQUIRE(model.str(s.ready[1].label) == "gather._done_callback");
  }

  SECTION("gather's callback wakes main") {
    State s = model.state_at(at.main_ready);
    REQUIRE(s.activity == LoopActivity::RunningCallback);
    REQUIRE(s.activity_id == 2);
    REQUIRE(waiting_ids(s.ready) == std::vector<TaskId>{1});
    REQUIRE(s.tasks[0].state == TaskState::Ready);
    REQUIRE(s.tasks[0].woken_by_kind == WakerKind::Callback);
    REQUIRE(s.tasks[0].woken_by_id == 2);
    REQUIRE(s.tasks[2].state == TaskState::Done);
  }

  SECTION("the end") {
    State s = model.state_at(at.last);
    for (const TaskInfo& t : s.tasks) REQUIRE(t.state == TaskState::Done);
    REQUIRE(s.ready.empty());
    REQUIRE(s.console_lines == 2);
    REQUIRE(s.tasks[0].steps == 2);
    REQUIRE(s.tasks[2].steps == 2);
  }
}

TEST_CASE("a lock with three waiters", "[trace]") {
  Recorder rec(test::deterministic());
  test::LockScenario at = test::record_lock_with_three_waiters(rec);
  TraceModel model(rec, 5);

  State s = model.state_at(at.all_waiting);
  REQUIRE(s.tasks.size() == 5);
  REQUIRE(s.tasks[1].state == TaskState::Waiting);
  REQUIRE(model.str(s.tasks[1].awaiting) == "sleep(1)");
  REQUIRE(s.tasks[1].awaiting_kind == ObjKind::Sleep);
  for (int k = 2; k <= 4; ++k) {
    REQUIRE(s.tasks[k].state == TaskState::Waiting);
    REQUIRE(model.str(s.tasks[k].awaiting) == "Lock lock");
    REQUIRE(s.tasks[k].line == 4);
  }
  const PrimitiveInfo* lock = s.primitive(50);
  REQUIRE(lock != nullptr);
  REQUIRE(lock->state.value == 1);
  REQUIRE(lock->state.owner == 2);
  REQUIRE(lock->state.waiters == std::vector<TaskId>{3, 4, 5});
  REQUIRE(s.timers.size() == 1);
  REQUIRE(s.timers[0] == TimerInfo{1, 1.0, rec.intern("sleep(1)"), 2, 15, 5});
  REQUIRE(s.now == 0);

  State released = model.state_at(at.released);
  REQUIRE(released.now == 1.0);
  REQUIRE(released.timers.empty());
  REQUIRE(released.running == 2);
  REQUIRE(released.task(3)->state == TaskState::Ready);
  REQUIRE(model.str(released.task(3)->woken_via) == "Lock lock");
  REQUIRE(released.task(4)->state == TaskState::Waiting);
  REQUIRE(released.primitive(50)->state.value == 0);
  REQUIRE(released.primitive(50)->state.waiters == std::vector<TaskId>{3, 4, 5});
  // Waiting times so far: Task-2 slept a virtual second; the waiters waited as long.
  REQUIRE(released.task(2)->wait_time == 1.0);
  REQUIRE(released.task(3)->wait_time == 1.0);
  REQUIRE(released.task(3)->ready_time == 0);

  State handed = model.state_at(at.handed);
  REQUIRE(handed.task(2)->state == TaskState::Done);
  REQUIRE(handed.task(3)->state == TaskState::Running);
  REQUIRE(handed.primitive(50)->state.owner == 3);
  REQUIRE(handed.primitive(50)->state.waiters == std::vector<TaskId>{4, 5});
  REQUIRE(handed.ready.size() == 1);
  REQUIRE(handed.ready[0].kind == ReadyKind::Callback);

  State last = model.state_at(at.last);
  REQUIRE(last.timers.size() == 1);
  REQUIRE(last.timers[0].id == 3);
  REQUIRE(last.timers[0].when == 2.0);
  REQUIRE(last.timers[0].owner == 3);
}

TEST_CASE("a task cancelled while it sleeps", "[trace]") {
  Recorder rec(test::deterministic());
  test::CancelScenario at = test::record_cancelled_task(rec);
  TraceModel model(rec);

  SECTION("sleep(0) puts main back in the ready queue behind the new task") {
    State s = model.state_at(6);
    REQUIRE(s.task(1)->state == TaskState::Ready);
    REQUIRE(s.task(1)->woken_by_id == 1);
    REQUIRE(waiting_ids(s.ready) == std::vector<TaskId>{2, 1});
  }
  SECTION("asleep") {
    State s = model.state_at(at.sleeper_waits);
    REQUIRE(s.task(2)->state == TaskState::Waiting);
    REQUIRE(model.str(s.task(2)->awaiting) == "sleep(10)");
    REQUIRE(s.timers.size() == 1);
    REQUIRE(s.timers[0].when == 10.0);
    REQUIRE(s.timers[0].owner == 2);
  }
  SECTION("cancel() wakes it; its timer is only cancelled when it runs") {
    State s = model.state_at(at.cancelled);
    REQUIRE(s.task(2)->state == TaskState::Ready);
    REQUIRE(s.task(2)->woken_by_id == 1);
    REQUIRE(s.timers.size() == 1);
    State after = model.state_at(at.cancelled + 1);
    REQUIRE(after.task(1)->state == TaskState::Waiting);
    REQUIRE(model.str(after.task(1)->awaiting) == "Task Task-2");
    REQUIRE(after.task(1)->awaiting_kind == ObjKind::Task);
    REQUIRE(after.task(1)->awaiting_id == 2);
  }
  SECTION("the cancelled task ends; main is ready again") {
    State s = model.state_at(at.sleeper_ends);
    REQUIRE(s.task(2)->state == TaskState::Cancelled);
    REQUIRE(s.task(2)->line == 4);
    REQUIRE(s.timers.empty());
    REQUIRE(s.task(1)->state == TaskState::Ready);
    REQUIRE(model.lane(2)->end == TaskEnd{TaskState::Cancelled, at.sleeper_ends, StrId::empty, 4});
  }
  SECTION("main prints and finishes") {
    State s = model.state_at(at.last);
    REQUIRE(s.task(1)->state == TaskState::Done);
    REQUIRE(s.task(1)->steps == 3);
    REQUIRE(s.console_lines == 1);
    REQUIRE(model.console_lines()[0].text == "cancelled");
  }
}

TEST_CASE("run, ready and wait times accumulate in virtual time", "[trace]") {
  Recorder rec(test::deterministic());
  rec.task_created(1, "Task-1", "main", {1, 0});
  rec.ready(1, {});
  rec.clock_advance(0.5);  // 0.5 s in the ready queue
  rec.step_begin(1);
  rec.clock_advance(2.0);  // a blocking time.sleep(1.5) inside the step
  rec.timer_scheduled(1, 5.0, "sleep(3)", {3, 4});
  rec.step_suspended({3, 4}, {ObjKind::Sleep, 1, "sleep(3)"});
  rec.loop_idle();
  rec.clock_advance(5.0);
  TraceModel model(rec);

  State s = model.state_at(model.size() - 1);
  const TaskInfo& t = s.tasks[0];
  REQUIRE(t.ready_time == 0.5);
  REQUIRE(t.run_time == 1.5);
  REQUIRE(t.wait_time == 3.0);  // still waiting: counted up to now
  REQUIRE(t.since == 2.0);
  REQUIRE(s.now == 5.0);
  REQUIRE(s.activity == LoopActivity::Idle);
  State running = model.state_at(4);
  REQUIRE(running.tasks[0].run_time == 1.5);  // open interval up to now = 2.0
}

TEST_CASE("pending I/O and callbacks appear in the loop state", "[trace]") {
  Recorder rec(test::deterministic());
  rec.task_created(1, "Task-1", "main", {1, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  rec.io_start(7, "read sock", {4, 8});
  rec.callback_scheduled(3, "on_data", {5, 4});
  rec.step_suspended({4, 8}, {ObjKind::Io, 7, "read sock"});
  rec.callback_run(3, "on_data");
  rec.loop_idle();
  rec.io_done(7, "read sock", 1, "b'hi'");
  rec.ready(1, Waker::io(7), {ObjKind::Io, 7, "read sock"});
  TraceModel model(rec);

  State during = model.state_at(5);
  REQUIRE(during.io.size() == 1);
  REQUIRE(during.io[0] == IoInfo{7, rec.intern("read sock"), 1, 3});
  REQUIRE(during.ready.size() == 1);
  REQUIRE(model.str(during.ready[0].label) == "on_data");
  State idle = model.state_at(7);
  REQUIRE(idle.activity == LoopActivity::Idle);
  REQUIRE(idle.ready.empty());
  State done = model.state_at(9);
  REQUIRE(done.io.empty());
  REQUIRE(done.tasks[0].woken_by_kind == WakerKind::Io);
  REQUIRE(done.activity == LoopActivity::Scheduling);
}

TEST_CASE("diagnostics are counted up to the index", "[trace]") {
  Recorder rec(test::deterministic());
  rec.task_created(1, "Task-1", "main", {1, 0});
  rec.diagnostic(DiagKind::NeverAwaited, "coroutine 'f' was never awaited", 0, {3, 4});
  rec.loop_idle();
  rec.diagnostic(DiagKind::Deadlock, "Task-1 waits on Queue.get() at line 12", 1, {12, 4});
  TraceModel model(rec);
  REQUIRE(model.diagnostics() == std::vector<uint32_t>{1, 3});
  REQUIRE(model.state_at(0).diagnostics == 0);
  REQUIRE(model.state_at(2).diagnostics == 1);
  REQUIRE(model.state_at(3).diagnostics == 2);
}

TEST_CASE("the model absorbs events appended after it was built", "[trace]") {
  Recorder rec(test::deterministic());
  TraceModel model(rec, 3);
  REQUIRE(model.size() == 0);
  test::PingPong at = test::record_ping_pong(rec);
  REQUIRE(model.size() == 0);
  REQUIRE(model.update() == at.last + 1);
  REQUIRE(model.update() == 0);
  Recorder whole(test::deterministic());
  test::record_ping_pong(whole);
  TraceModel reference(whole, 3);
  for (uint32_t i = 0; i < model.size(); ++i) REQUIRE(model.state_at(i) == reference.state_at(i));
}
