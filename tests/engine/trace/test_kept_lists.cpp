// Lists the recorder keeps (Recorder::list_push and friends, and the waiters that leave through
// ready()) decode to the same PrimitiveState as the same lists passed in full with each
// operation, whether every list is kept, some are, or none; and the records that store them
// stay a few words long (the layout above Recorder::append_state).
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "engine/trace/recorder.h"

using namespace al::trace;

namespace {

// One recorder and which of the three lists (items, waiters, waiters2) it keeps.
struct Subject {
  explicit Subject(uint8_t kept_lists, uint32_t max_listed)
      : rec(RecorderOptions{true, false, max_listed}), kept(kept_lists) {}
  Recorder rec;
  uint8_t kept;
  std::vector<uint32_t> events;  // the index of each PrimitiveOp, in order
};

}  // namespace

TEST_CASE("kept lists decode like lists passed in full, for every mix of kept lists", "[trace]") {
  for (uint32_t max_listed : {3u, 64u}) {
    std::deque<Subject> subjects;  // recorders do not move
    for (uint8_t kept : {7, 2, 6, 5, 0}) subjects.emplace_back(kept, max_listed);
    std::mt19937 rng(max_listed * 7 + 1);
    std::vector<std::string> reprs;
    for (int i = 0; i < 50; ++i) reprs.push_back("item " + std::to_string(i));
    constexpr uint32_t kPrims = 3;
    // The true lists of each primitive: item repr numbers, then two lists of task ids.
    std::vector<uint32_t> lists[kPrims][3];
    std::vector<PrimitiveState> expected[5];
    for (int step = 0; step < 4000; ++step) {
      uint32_t p = rng() % kPrims;
      ObjectId id = p + 1;
      uint32_t l = rng() % 3;
      std::vector<uint32_t>& list = lists[p][l];
      // The list value as each recorder stores it (items are its own string ids).
      auto stored = [&](Subject& s, uint32_t v) {
        return l == 0 ? static_cast<uint32_t>(s.rec.intern(reprs[v])) : v;
      };
      switch (rng() % 8) {
        case 0:
        case 1:
        case 2: {  // a put or a park; long runs of them push lists past max_listed
          uint32_t v = l == 0 ? rng() % 50 : 1 + rng() % 20;
          int times = rng() % 4 == 0 ? 1 + static_cast<int>(rng() % 10) : 1;
          for (int t = 0; t < times; ++t) {
            list.push_back(v);
            for (Subject& s : subjects) {
              if ((s.kept >> l) & 1) s.rec.list_push(id, l, stored(s, v));
            }
          }
          break;
        }
        case 3:  // a FIFO get, or a woken waiter popped from the front
          if (!list.empty()) list.erase(list.begin());
          for (Subject& s : subjects) {
            if ((s.kept >> l) & 1) s.rec.list_pop_front(id, l);
          }
          break;
        case 4:  // a LIFO get
          if (!list.empty()) list.pop_back();
          for (Subject& s : subjects) {
            if ((s.kept >> l) & 1) s.rec.list_pop_back(id, l);
          }
          break;
        case 5: {  // a cancelled waiter leaves (maybe one that is not there)
          uint32_t v = l == 0 ? rng() % 50 : 1 + rng() % 20;
          auto it = std::find(list.begin(), list.end(), v);
          if (it != list.end()) list.erase(it);
          for (Subject& s : subjects) {
            if ((s.kept >> l) & 1) s.rec.list_remove(id, l, stored(s, v));
          }
          break;
        }
        case 6: {  // a task woken through the primitive leaves both waiter lists
          TaskId task = 1 + rng() % 20;
          for (uint32_t w = 1; w < 3; ++w) {
            auto it = std::find(lists[p][w].begin(), lists[p][w].end(), task);
            if (it != lists[p][w].end()) lists[p][w].erase(it);
          }
          for (Subject& s : subjects) s.rec.ready(task, Waker::task(1), {ObjKind::Queue, id, "q"});
          break;
        }
        default: {  // an operation records the state
          for (size_t i = 0; i < subjects.size(); ++i) {
            Subject& s = subjects[i];
            std::vector<StrId> item_ids;
            for (uint32_t r : lists[p][0]) item_ids.push_back(s.rec.intern(reprs[r]));
            PrimitiveStateIn in;
            in.kept = s.kept;
            in.value = step;
            in.capacity = p;
            in.owner = static_cast<TaskId>(step % 3);
            if (!(s.kept & PrimitiveStateIn::kKeptItems)) in.item_ids = item_ids;
            if (!(s.kept & PrimitiveStateIn::kKeptWaiters)) in.waiters = lists[p][1];
            if (!(s.kept & PrimitiveStateIn::kKeptWaiters2)) in.waiters2 = lists[p][2];
            s.rec.primitive_op({ObjKind::Queue, id, "Queue q"}, "put", in);
            s.events.push_back(s.rec.size() - 1);

            PrimitiveState want;
            want.value = step;
            want.capacity = p;
            want.owner = static_cast<TaskId>(step % 3);
            auto window = [&](const std::vector<uint32_t>& v) {
              return std::vector<uint32_t>(v.begin(),
                                           v.begin() + std::min<size_t>(v.size(), max_listed));
            };
            for (uint32_t r : window(lists[p][0])) want.items.push_back(s.rec.intern(reprs[r]));
            want.items_total = static_cast<uint32_t>(lists[p][0].size());
            want.waiters = window(lists[p][1]);
            want.waiters_total = static_cast<uint32_t>(lists[p][1].size());
            want.waiters2 = window(lists[p][2]);
            want.waiters2_total = static_cast<uint32_t>(lists[p][2].size());
            expected[i].push_back(want);
          }
          break;
        }
      }
    }
    // Decoded after the whole run: later records must not disturb earlier ones.
    for (size_t i = 0; i < subjects.size(); ++i) {
      Subject& s = subjects[i];
      INFO("max_listed " << max_listed << ", kept " << int(s.kept));
      REQUIRE(s.events.size() == expected[i].size());
      REQUIRE(s.events.size() > 400);
      for (size_t e = 0; e < s.events.size(); ++e) {
        INFO("operation " << e);
        REQUIRE(s.rec.primitive_state(s.rec[s.events[e]]) == expected[i][e]);
      }
    }
  }
}

TEST_CASE("an operation on a primitive whose lists are all kept costs a few words", "[trace]") {
  Recorder rec(RecorderOptions{true, false, 64});
  PrimitiveStateIn in;
  in.kept = PrimitiveStateIn::kKeptItems | PrimitiveStateIn::kKeptWaiters |
            PrimitiveStateIn::kKeptWaiters2;
  // A Queue(maxsize=1) ping-pong: put, put (waits), get, get (waits), over and over.
  uint32_t put_waits = 0;
  for (uint32_t i = 0; i < 200; ++i) {
    rec.list_push(1, 0, static_cast<uint32_t>(rec.int_text(i)));
    rec.ready(2, Waker::task(1), {ObjKind::Queue, 1, "q.get()"});  // the getter, if it waits
    rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "put", in);
    rec.list_push(1, 2, 1);
    rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "put (waits)", in);
    put_waits = rec.size() - 1;
    rec.list_pop_front(1, 0);
    rec.ready(1, Waker::task(2), {ObjKind::Queue, 1, "q.put()"});  // the putter
    rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "get", in);
    rec.list_push(1, 1, 2);
    rec.primitive_op({ObjKind::Queue, 1, "Queue q"}, "get (waits)", in);
  }
  // A change record holds its header (which says where the previous record is), and for each
  // list that changed its length and new listing (here at most one entry): at most six words.
  // Full records (every kFullEvery operations) list everything.
  uint32_t last = rec.size() - 1;
  REQUIRE(rec.primitive_state(rec[last]).waiters == std::vector<TaskId>{2});
  REQUIRE(rec.primitive_state(rec[last]).waiters2.empty());
  PrimitiveState full = rec.primitive_state(rec[put_waits]);
  REQUIRE(full.items.size() == 1);
  REQUIRE(rec.str(full.items[0]) == "199");
  REQUIRE(full.waiters2 == std::vector<TaskId>{1});
  uint32_t small = 0, ops = 0;
  for (uint32_t i = 0; i + 1 < rec.size(); ++i) {
    if (rec[i].kind != EventKind::PrimitiveOp) continue;
    uint32_t next = i + 1;
    while (rec[next].kind != EventKind::PrimitiveOp) ++next;
    ++ops;
    small += rec[next].extra - rec[i].extra <= 6;
  }
  REQUIRE(ops == 799);
  REQUIRE(small >= ops - ops / Recorder::kFullEvery - 1);
}

TEST_CASE("a record far behind its primitive's previous one still finds it", "[trace]") {
  Recorder rec(RecorderOptions{true, false, 64});
  PrimitiveStateIn lock;
  lock.kept = PrimitiveStateIn::kKeptWaiters;
  lock.value = 1;
  lock.owner = 7;
  rec.list_push(1, 1, 3);
  rec.primitive_op({ObjKind::Lock, 1, "Lock a"}, "acquire (waits)", lock);
  uint32_t first = rec.size() - 1;
  // Another primitive writes over a million words in between: its whole list changes each time.
  std::vector<TaskId> waiters(64);
  for (uint32_t i = 0; i < 17000; ++i) {
    for (uint32_t w = 0; w < 64; ++w) waiters[w] = i * 64 + w;
    PrimitiveStateIn other;
    other.waiters = waiters;
    rec.primitive_op({ObjKind::Lock, 2, "Lock b"}, "acquire (waits)", other);
  }
  REQUIRE(rec[rec.size() - 1].extra - rec[first].extra > (1u << 20));
  rec.list_push(1, 1, 4);
  lock.owner = 8;
  rec.primitive_op({ObjKind::Lock, 1, "Lock a"}, "acquire (waits)", lock);
  PrimitiveState s = rec.primitive_state(rec[rec.size() - 1]);
  REQUIRE(s.owner == 8);
  REQUIRE(s.value == 1);
  REQUIRE(s.waiters == std::vector<TaskId>{3, 4});
  REQUIRE(s.waiters_total == 2);
  REQUIRE(rec.primitive_state(rec[first]).waiters == std::vector<TaskId>{3});
  REQUIRE(rec.primitive_state(rec[rec.size() - 2]).waiters.front() == 16999 * 64);
}
