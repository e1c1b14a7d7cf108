#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "engine/trace/chunked_vector.h"
#include "engine/trace/recorder.h"
#include "tests/engine/trace/scenarios.h"

using namespace al::trace;

TEST_CASE("ChunkedVector keeps elements in place across chunk boundaries", "[trace]") {
  ChunkedVector<uint32_t, 2> v;  // chunks of 4, 8, 16, ...
  std::vector<const uint32_t*> addresses;
  for (uint32_t i = 0; i < 5000; ++i) {
    v.push_back(i * 3);
    addresses.push_back(&v[i]);
  }
  REQUIRE(v.size() == 5000);
  for (uint32_t i = 0; i < 5000; ++i) {
    REQUIRE(v[i] == i * 3);
    REQUIRE(&v[i] == addresses[i]);
  }
}

TEST_CASE("the string table interns each string once", "[trace]") {
  Recorder rec(test::deterministic());
  REQUIRE(rec.intern("") == StrId::empty);
  StrId a = rec.intern("Queue.get q");
  StrId b = rec.intern("sleep(2.0)");
  REQUIRE(a != b);
  REQUIRE(rec.intern(std::string("Queue.get ") + "q") == a);
  REQUIRE(rec.str(a) == "Queue.get q");
  REQUIRE(rec.str(b) == "sleep(2.0)");
  std::string big(100000, 'x');  // longer than a block
  StrId c = rec.intern(big);
  REQUIRE(rec.str(c) == big);
  REQUIRE(rec.str(a) == "Queue.get q");
}

TEST_CASE("recorder methods fill the documented fields", "[trace]") {
  Recorder rec(test::deterministic());
  rec.set_time(1.5);
  rec.task_created(1, "Task-1", "main", {18, 0});
  rec.ready(1, {});
  rec.step_begin(1);
  REQUIRE(rec.current_task() == 1);
  rec.task_created(2, "fetch-2", "fetch", {7, 12});
  StrId label = rec.intern("Queue.get q");
  rec.step_suspended({9, 21}, {ObjKind::Queue, 100, label});
  REQUIRE(rec.current_task() == 0);
  rec.ready(2, Waker::timer(4), {ObjKind::Sleep, 4, "sleep(2.0)"});
  rec.timer_scheduled(4, 3.5, "sleep(2.0)", {3, 4});
  rec.console_output(Stream::Stderr, "oops\n");
  rec.diagnostic(DiagKind::Deadlock, "Task-3 waits forever", 3, {12, 4});
  rec.clock_advance(3.5);

  REQUIRE(rec.size() == 10);
  const Event& created = rec[3];
  REQUIRE(created.index == 3);
  REQUIRE(created.kind == EventKind::TaskCreated);
  REQUIRE(created.task == 2);
  REQUIRE(rec.str(created.text) == "fetch-2");
  REQUIRE(created.obj_kind == ObjKind::Coroutine);
  REQUIRE(rec.str(created.obj_label) == "fetch");
  REQUIRE(created.waker_kind == WakerKind::Task);
  REQUIRE(created.waker_id == 1);
  REQUIRE(created.line == 7);
  REQUIRE(created.col == 12);
  REQUIRE(created.vtime == 1.5);
  REQUIRE(created.wall_ns == 0);
  REQUIRE(rec[0].waker_kind == WakerKind::None);  // created by the loop

  const Event& suspended = rec[4];
  REQUIRE(suspended.kind == EventKind::StepEnd);
  REQUIRE(suspended.task == 1);
  REQUIRE(suspended.outcome() == StepOutcome::Suspended);
  REQUIRE(suspended.obj_label == label);
  REQUIRE(suspended.obj_id == 100);

  const Event& ready = rec[5];
  REQUIRE(ready.task == 2);
  REQUIRE(ready.waker_kind == WakerKind::Timer);
  REQUIRE(ready.waker_id == 4);
  REQUIRE(rec.str(ready.obj_label) == "sleep(2.0)");

  REQUIRE(rec[6].task == 0);  // scheduled outside any step
  REQUIRE(rec[6].num == 3.5);
  REQUIRE(rec[7].stream() == Stream::Stderr);
  REQUIRE(rec[8].diag() == DiagKind::Deadlock);
  REQUIRE(rec[8].task == 3);
  REQUIRE(rec[9].kind == EventKind::ClockAdvance);
  REQUIRE(rec[9].num == 1.5);
  REQUIRE(rec[9].vtime == 3.5);
  REQUIRE(rec.time() == 3.5);
}

TEST_CASE("primitive state records round-trip and long lists are cut", "[trace]") {
  Recorder rec(RecorderOptions{true, false, 3});
  std::vector<std::string_view> items = {"1", "'two'", "3.0", "[4]", "None"};
  std::vector<TaskId> getters = {7, 8};
  std::vector<TaskId> putters = {9, 10, 11, 12};
  PrimitiveStateIn in;
  in.value = 5;
  in.capacity = 5;
  in.items = items;
  in.waiters = getters;
  in.waiters2 = putters;
  rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "put", in, {4, 2});

  PrimitiveState s = rec.primitive_state(rec[0]);
  REQUIRE(s.value == 5);
  REQUIRE(s.capacity == 5);
  REQUIRE(s.items_total == 5);
  REQUIRE(s.items.size() == 3);
  REQUIRE(rec.str(s.items[1]) == "'two'");
  REQUIRE(s.waiters == std::vector<TaskId>{7, 8});
  REQUIRE(s.waiters_total == 2);
  REQUIRE(s.waiters2 == std::vector<TaskId>{9, 10, 11});
  REQUIRE(s.waiters2_total == 4);
  REQUIRE(rec.str(rec[0].text) == "put");

  PrimitiveStateIn lock;
  lock.value = 1;
  lock.owner = 3;
  lock.items_total = 0;
  rec.primitive_op({ObjKind::Lock, 2, "Lock lock"}, "acquire", lock);
  PrimitiveState l = rec.primitive_state(rec[1]);
  REQUIRE(l.owner == 3);
  REQUIRE(l.items.empty());
  REQUIRE(l.waiters.empty());
  REQUIRE(rec.primitive_state(rec[1]) == l);
  REQUIRE(rec.primitive_state(rec[0]).items_total == 5);  // earlier records stay intact
}

TEST_CASE("the wall clock is recorded when enabled", "[trace]") {
  Recorder rec;
  REQUIRE(rec.enabled());
  for (int i = 0; i < 100; ++i) rec.loop_idle();
  for (uint32_t i = 1; i < rec.size(); ++i) REQUIRE(rec[i].wall_ns >= rec[i - 1].wall_ns);
  Recorder off(RecorderOptions{false, true, 64});
  REQUIRE_FALSE(off.enabled());
  off.set_enabled(true);
  REQUIRE(off.enabled());
}

TEST_CASE("a reader thread sees complete events while the writer appends", "[trace]") {
  Recorder rec(test::deterministic());
  constexpr uint32_t kEvents = 300000;
  std::thread writer([&] {
    for (uint32_t i = 0; i < kEvents; ++i) {
      rec.set_time(i * 0.001);
      rec.console_output(Stream::Stdout, "line " + std::to_string(i % 5000) + "\n", {i, 0});
    }
  });
  uint32_t seen = 0;
  uint64_t checked = 0;
  while (seen < kEvents) {
    uint32_t n = rec.size();
    for (uint32_t i = seen; i < n; ++i) {
      const Event& e = rec[i];
      if (e.index != i || e.line != i ||
          rec.str(e.text) != "line " + std::to_string(i % 5000) + "\n") {
        FAIL("event " << i << " read incomplete");
      }
      ++checked;
    }
    seen = n;
  }
  writer.join();
  REQUIRE(checked == kEvents);
}

TEST_CASE("primitive states stored as changes decode to exactly what was recorded", "[trace]") {
  for (uint32_t max_listed : {4u, 64u}) {
    Recorder rec(RecorderOptions{true, false, max_listed});
    std::mt19937 rng(max_listed);
    // Three primitives whose lists change the ways queues and waiter lists do: appended, popped
    // from the front, removed from the middle (a cancelled waiter), reordered (a heap), cleared.
    std::vector<std::vector<uint32_t>> lists[3];
    for (auto& l : lists) l.resize(3);
    std::vector<std::string> reprs;
    for (int i = 0; i < 200; ++i) reprs.push_back("item " + std::to_string(i));
    struct Expected {
      uint32_t index;
      PrimitiveState state;
    };
    std::vector<Expected> expected;
    auto mutate = [&](std::vector<uint32_t>& l) {
      switch (rng() % 7) {
        case 0:
        case 1:
          l.push_back(rng() % 200);
          break;
        case 2:
          if (!l.empty()) l.erase(l.begin());
          break;
        case 3:
          if (!l.empty()) l.erase(l.begin() + static_cast<long>(rng() % l.size()));
          break;
        case 4:
          l.insert(l.begin() + static_cast<long>(rng() % (l.size() + 1)), rng() % 200);
          break;
        case 5:
          std::shuffle(l.begin(), l.end(), rng);
          break;
        default:
          if (rng() % 8 == 0) l.clear();
          break;
      }
    };
    for (int op = 0; op < 3000; ++op) {
      uint32_t p = rng() % 3;
      for (auto& l : lists[p]) {
        if (rng() % 3 == 0) mutate(l);
      }
      std::vector<std::string_view> items;
      for (uint32_t r : lists[p][0]) items.push_back(reprs[r]);
      PrimitiveStateIn in;
      in.value = op;
      in.capacity = p;
      in.owner = op % 5;
      in.items = items;
      in.waiters = lists[p][1];
      in.waiters2 = lists[p][2];
      rec.primitive_op({ObjKind::Queue, p + 1, "Queue q"}, "put", in);

      PrimitiveState want;
      want.value = op;
      want.capacity = p;
      want.owner = op % 5;
      auto cut = [&](const std::vector<uint32_t>& l) {
        return std::vector<uint32_t>(l.begin(), l.begin() + std::min<size_t>(l.size(), max_listed));
      };
      for (uint32_t r : cut(lists[p][0])) want.items.push_back(rec.intern(reprs[r]));
      want.items_total = static_cast<uint32_t>(lists[p][0].size());
      want.waiters = cut(lists[p][1]);
      want.waiters_total = static_cast<uint32_t>(lists[p][1].size());
      want.waiters2 = cut(lists[p][2]);
      want.waiters2_total = static_cast<uint32_t>(lists[p][2].size());
      expected.push_back({rec.size() - 1, want});
    }
    INFO("max_listed " << max_listed);
    for (const Expected& e : expected) {
      INFO("event " << e.index);
      REQUIRE(rec.primitive_state(rec[e.index]) == e.state);
    }
  }
}

TEST_CASE("a waiter list that grows long costs a few words per operation", "[trace]") {
  Recorder rec(test::deterministic());
  std::vector<TaskId> waiters;
  for (TaskId t = 1; t <= 200; ++t) {
    waiters.push_back(t);
    PrimitiveStateIn in;
    in.value = 1;
    in.waiters = waiters;
    rec.primitive_op({ObjKind::Lock, 1, "Lock lock"}, "acquire (waits)", in);
  }
  // Past max_listed (64) an append leaves the listing as it was: the record only says so, except
  // for the full record written every kFullEvery operations.
  uint32_t small = 0;
  for (uint32_t i = 64; i < 199; ++i) small += rec[i + 1].extra - rec[i].extra <= 10;
  REQUIRE(small >= 135 - (135 / (Recorder::kFullEvery + 1) + 1));
  REQUIRE(rec.primitive_state(rec[199]).waiters.size() == 64);
  REQUIRE(rec.primitive_state(rec[199]).waiters_total == 200);
}
