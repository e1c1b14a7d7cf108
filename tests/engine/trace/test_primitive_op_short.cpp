// The short form of Recorder::primitive_op (no list passed, an integer value) writes the same
// event and the same state record as the general form given the equivalent PrimitiveStateIn;
// the arena's in-place room that both write records into; and intern_literal's direct-mapped
// table, which the operation names go through.
#include <catch2/catch.hpp>

#include <cstring>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "engine/trace/chunked_vector.h"
#include "engine/trace/recorder.h"

using namespace al::trace;

namespace {

const char* const kOps[] = {"put", "put (waits)", "get", "get (waits)", "acquire", "release"};
const char* const kLabels[] = {"Queue q", "Lock lock", "Event done"};
constexpr ObjKind kKinds[] = {ObjKind::Queue, ObjKind::Lock, ObjKind::Event};
// What each primitive has the recorder keep: all three lists, the waiters, waiters and waiters2.
constexpr uint8_t kKept[] = {7, 2, 6};

void require_same_event(const Event& a, const Event& b) {
  REQUIRE(a.index == b.index);
  REQUIRE(a.kind == b.kind);
  REQUIRE(a.task == b.task);
  REQUIRE(a.line == b.line);
  REQUIRE(a.col == b.col);
  REQUIRE(a.obj_kind == b.obj_kind);
  REQUIRE(a.obj_id == b.obj_id);
  REQUIRE(a.obj_label == b.obj_label);
  REQUIRE(a.waker_kind == b.waker_kind);
  REQUIRE(a.waker_id == b.waker_id);
  REQUIRE(a.text == b.text);
  REQUIRE(a.extra == b.extra);  // the state record starts at the same arena offset
  REQUIRE(a.num == b.num);
  REQUIRE(a.detail == b.detail);
}

}  // namespace

TEST_CASE("the short form of primitive_op records what the general form records", "[trace]") {
  for (uint32_t max_listed : {2u, 64u}) {
    INFO("max_listed " << max_listed);
    // general: primitive_op(Obj, Text, PrimitiveStateIn); short: the KeptStateIn overload.
    std::deque<Recorder> recs;
    for (int i = 0; i < 2; ++i) recs.emplace_back(RecorderOptions{true, false, max_listed});
    Recorder& general = recs[0];
    Recorder& short_form = recs[1];
    // The same ids in both, so events compare field by field.
    for (Recorder& r : recs) {
      for (const char* l : kLabels) r.intern(l);
      for (const char* op : kOps) r.intern_literal(op);
    }
    std::mt19937 rng(max_listed);
    std::vector<uint32_t> ops;
    for (int step = 0; step < 6000; ++step) {
      const uint32_t p = rng() % 3;
      const ObjectId id = p + 1;
      const uint32_t l = rng() % 3;
      const bool kept_list = (kKept[p] >> l) & 1;
      switch (rng() % 6) {
        case 0:
        case 1: {  // an item put or a task parked; runs of them pass max_listed
          const int times = rng() % 5 == 0 ? 1 + static_cast<int>(rng() % 8) : 1;
          for (int t = 0; t < times; ++t) {
            const uint32_t v = 1 + rng() % 20;
            if (kept_list) {
              for (Recorder& r : recs) r.list_push(id, l, v);
            }
          }
          break;
        }
        case 2:
          if (kept_list) {
            for (Recorder& r : recs) r.list_pop_front(id, l);
          }
          break;
        case 3: {  // a task woken through the primitive leaves its waiter lists
          const TaskId task = 1 + rng() % 20;
          for (Recorder& r : recs) r.ready(task, Waker::task(1), {kKinds[p], id, "w"});
          break;
        }
        default: {
          // Values the short form keeps inline, negative ones included; capacity and owner
          // change now and then, so records both repeat and write them.
          const auto value = static_cast<int32_t>(rng() % 7) - 2;
          const uint32_t capacity = rng() % 4 == 0 ? rng() % 3 : 1;
          const TaskId owner = rng() % 3 == 0 ? rng() % 4 : 0;
          const char* op = kOps[rng() % 6];
          const Pos at{static_cast<uint32_t>(10 + step % 7), static_cast<uint32_t>(step % 5)};
          PrimitiveStateIn in;
          in.kept = kKept[p];
          in.value = value;
          in.capacity = capacity;
          in.owner = owner;
          general.primitive_op({kKinds[p], id, kLabels[p]}, op, in, at);
          short_form.primitive_op(kKinds[p], id, short_form.intern(kLabels[p]),
                                  short_form.intern_literal(op), {kKept[p], value, capacity, owner},
                                  at);
          ops.push_back(general.size() - 1);
          break;
        }
      }
    }
    REQUIRE(ops.size() > 1500);
    REQUIRE(general.size() == short_form.size());
    for (uint32_t i = 0; i < general.size(); ++i) {
      INFO("event " << i);
      require_same_event(general[i], short_form[i]);
    }
    for (uint32_t i : ops) {
      INFO("operation at " << i);
      const PrimitiveState state = short_form.primitive_state(short_form[i]);
      REQUIRE(state == general.primitive_state(general[i]));
      REQUIRE(state.value == short_form[i].num);
    }
  }
}

TEST_CASE("the short form empties a list the general form passed before", "[trace]") {
  // A primitive reported its waiters in full, then reports with the short form (no list):
  // the record says the list emptied, as a general record with an empty list would.
  Recorder general(RecorderOptions{true, false, 64});
  Recorder short_form(RecorderOptions{true, false, 64});
  const std::vector<TaskId> waiters = {4, 5, 6};
  for (Recorder* r : {&general, &short_form}) {
    PrimitiveStateIn in;
    in.value = 1;
    in.waiters = waiters;
    r->primitive_op({ObjKind::Lock, 1, "Lock lock"}, "acquire (waits)", in);
    REQUIRE(r->primitive_state((*r)[0]).waiters == waiters);
  }
  PrimitiveStateIn empty;
  general.primitive_op({ObjKind::Lock, 1, "Lock lock"}, "release", empty);
  short_form.primitive_op(ObjKind::Lock, 1, short_form.intern("Lock lock"),
                          short_form.intern_literal("release"), {});
  require_same_event(general[1], short_form[1]);
  const PrimitiveState after = short_form.primitive_state(short_form[1]);
  REQUIRE(after.waiters.empty());
  REQUIRE(after.waiters_total == 0);
  REQUIRE(after == general.primitive_state(general[1]));
}

TEST_CASE("ChunkedVector::room gives space inside the current chunk only", "[trace]") {
  ChunkedVector<uint32_t, 4> v;  // chunks of 16, 32, 64, ...
  uint32_t* r = v.room(10);
  REQUIRE(r != nullptr);
  for (uint32_t i = 0; i < 3; ++i) r[i] = 100 + i;
  v.commit(3);
  REQUIRE(v.size() == 3);
  REQUIRE(v[2] == 102);
  REQUIRE(v.room(14) == nullptr);  // 3 + 14 would cross into the second chunk
  const uint32_t more[13] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
  v.append(more, 13);  // fills the first chunk exactly
  REQUIRE(v.size() == 16);
  r = v.room(32);  // the whole second chunk
  REQUIRE(r != nullptr);
  r[0] = 7;
  r[31] = 8;
  v.commit(32);
  REQUIRE(v.size() == 48);
  REQUIRE(v[15] == 13);
  REQUIRE(v[16] == 7);
  REQUIRE(v[47] == 8);
  REQUIRE(&v[16] == r);
}

TEST_CASE("intern_literal gives intern()'s id even when literals share a table slot", "[trace]") {
  // 8-byte strings side by side (static and unchanged once written, as literals are): their
  // addresses cycle through the table's 64 slots three times.
  static char texts[200][8];
  for (int i = 0; i < 200; ++i) {
    const std::string text = "op" + std::to_string(i);
    std::memcpy(texts[i], text.c_str(), text.size() + 1);
  }
  Recorder rec(RecorderOptions{true, false, 64});
  for (int pass = 0; pass < 3; ++pass) {
    for (int i = 0; i < 200; ++i) {
      const char* text = texts[(i * 37 + pass) % 200];
      const StrId id = rec.intern_literal(text);
      REQUIRE(rec.str(id) == text);
      REQUIRE(id == rec.intern(text));
    }
  }
}
