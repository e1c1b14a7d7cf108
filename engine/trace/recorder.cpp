#include "engine/trace/recorder.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace al::trace {

namespace {
std::atomic<uint64_t> g_serial{0};

// The kinds a task can be woken through that have waiter lists.
bool is_primitive_kind(ObjKind k) {
  switch (k) {
    case ObjKind::Queue:
    case ObjKind::Lock:
    case ObjKind::Event:
    case ObjKind::Semaphore:
    case ObjKind::Condition:
    case ObjKind::Barrier:
      return true;
    default:
      return false;
  }
}

constexpr int64_t kSmallIntMin = -5, kSmallIntEnd = 1024;
}  // namespace

Recorder::Recorder(RecorderOptions options)
    : enabled_(options.enabled),
      wall_clock_(options.wall_clock),
      max_listed_(options.max_listed),
      start_(std::chrono::steady_clock::now()),
      serial_(++g_serial) {}

StrId Recorder::int_text(int64_t value) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
  std::string_view text(buf, static_cast<size_t>(end - buf));
  if (value < kSmallIntMin || value >= kSmallIntEnd) return add_text(text);
  if (small_ints_.empty()) small_ints_.assign(kSmallIntEnd - kSmallIntMin, StrId::empty);
  StrId& id = small_ints_[static_cast<size_t>(value - kSmallIntMin)];
  if (id == StrId::empty) id = intern(text);
  return id;
}

Event Recorder::make(EventKind kind, TaskId task, Pos at) {
  Event e;
  e.vtime = now_;
  if (wall_clock_) {
    // Read at step and loop boundaries only: the events in between share that reading.
    switch (kind) {
      case EventKind::StepBegin:
      case EventKind::StepEnd:
      case EventKind::CallbackRun:
      case EventKind::IoDone:
      case EventKind::ClockAdvance:
      case EventKind::LoopIdle:
        wall_ = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - start_)
                    .count();
        break;
      default:
        break;
    }
  }
  e.wall_ns = wall_;
  e.num = 0;
  e.task = task;
  e.line = at.line;
  e.obj_id = 0;
  e.obj_label = StrId::empty;
  e.waker_id = 0;
  e.text = StrId::empty;
  e.extra = kNone;
  e.col = static_cast<uint16_t>(std::min<uint32_t>(at.col, UINT16_MAX));
  e.kind = kind;
  e.obj_kind = ObjKind::None;
  e.waker_kind = WakerKind::None;
  e.detail = 0;
  return e;
}

void Recorder::push(const Event& e) {
  uint32_t n = size();
  // kNone marks "no index" everywhere, so the last usable index is kNone - 1.
  if (n == kNone - 1) throw std::length_error("trace is full");
  Event copy = e;
  copy.index = n;
  events_.push_back(copy);
}

void Recorder::set_obj(Event& e, const Obj& obj) {
  e.obj_kind = obj.kind;
  e.obj_id = obj.id;
  e.obj_label = resolve(obj.label);
}

void Recorder::task_created(TaskId task, Text name, Text coroutine, Pos at, bool loop_internal) {
  Event e = make(EventKind::TaskCreated, task, at);
  // Task names rarely repeat ("Task-2", "Task-3", ...): stored without looking for a twin.
  e.text = name.interned() ? name.id() : add_text(name.view());
  e.detail = loop_internal ? 1 : 0;
  set_obj(e, {ObjKind::Coroutine, 0, coroutine});
  if (current_ != 0) {
    e.waker_kind = WakerKind::Task;
    e.waker_id = current_;
  }
  push(e);
}

void Recorder::step_begin(TaskId task) {
  current_ = task;
  push(make(EventKind::StepBegin, task, {}));
}

void Recorder::end_step(StepOutcome outcome, Pos at, Text text, const Obj* awaited) {
  Event e = make(EventKind::StepEnd, current_, at);
  e.detail = static_cast<uint8_t>(outcome);
  e.text = resolve(text);
  if (awaited) set_obj(e, *awaited);
  current_ = 0;
  push(e);
}

void Recorder::step_suspended(Pos at, Obj awaited) {
  end_step(StepOutcome::Suspended, at, {}, &awaited);
}

void Recorder::step_finished(Pos at, Text result_repr) {
  end_step(StepOutcome::Finished, at, result_repr, nullptr);
}

void Recorder::step_failed(Pos at, Text exception_text) {
  end_step(StepOutcome::Failed, at, exception_text, nullptr);
}

void Recorder::step_cancelled(Pos at, Text message) {
  end_step(StepOutcome::Cancelled, at, message, nullptr);
}

void Recorder::ready(TaskId task, Waker by, Obj through) {
  Event e = make(EventKind::Ready, task, {});
  e.waker_kind = by.kind;
  e.waker_id = by.id;
  set_obj(e, through);
  push(e);
  // Woken through a primitive: its waiter future is done, so it no longer waits there.
  if (is_primitive_kind(through.kind) && through.id != 0) {
    if (Mirror* m = find_mirror(through.id)) {
      for (int l = 1; l < 3; ++l) {
        if (!m->kept[l]) continue;
        Kept& k = *m->kept[l];
        auto it = std::find(k.all.begin(), k.all.end(), task);
        if (it != k.all.end()) kept_erase(k, static_cast<size_t>(it - k.all.begin()));
      }
    }
  }
}

void Recorder::timer_scheduled(HandleId id, double when, Text label, Pos at) {
  Event e = make(EventKind::TimerScheduled, current_, at);
  set_obj(e, {ObjKind::Timer, id, label});
  e.num = when;
  push(e);
}

void Recorder::timer_cancelled(HandleId id, Text label, Pos at) {
  Event e = make(EventKind::TimerCancelled, current_, at);
  set_obj(e, {ObjKind::Timer, id, label});
  push(e);
}

void Recorder::timer_fired(HandleId id, double when, Text label, TaskId owner) {
  Event e = make(EventKind::TimerFired, owner, {});
  set_obj(e, {ObjKind::Timer, id, label});
  e.num = when;
  push(e);
}

void Recorder::callback_scheduled(HandleId id, Text label, Pos at) {
  Event e = make(EventKind::CallbackScheduled, current_, at);
  set_obj(e, {ObjKind::Callback, id, label});
  push(e);
}

void Recorder::callback_run(HandleId id, Text label) {
  Event e = make(EventKind::CallbackRun, 0, {});
  set_obj(e, {ObjKind::Callback, id, label});
  push(e);
}

void Recorder::primitive_created(Obj primitive, Pos at) {
  Event e = make(EventKind::PrimitiveCreated, current_, at);
  set_obj(e, primitive);
  push(e);
}

Recorder::Mirror* Recorder::find_mirror(ObjectId primitive) {
  if (primitive == last_primitive_ && !mirrors_.empty()) return &mirrors_[last_mirror_];
  auto it = mirror_index_.find(primitive);
  return it == mirror_index_.end() ? nullptr : &mirrors_[it->second];
}

Recorder::Kept& Recorder::kept(ObjectId primitive, uint32_t list) {
  std::unique_ptr<Kept>& k = mirror(primitive).kept[list];
  if (!k) k = std::make_unique<Kept>();
  return *k;
}

namespace {
constexpr uint32_t kEditErase = 0, kEditPush = 1;
}  // namespace

void Recorder::kept_log(Kept& k, uint32_t op, uint32_t arg) {
  if (k.overflow) return;
  // Past this many edits, listing the window is shorter than the log.
  if (k.edits.size() >= 2 * static_cast<size_t>(max_listed_) + 2) {
    k.overflow = true;
    k.edits.clear();
    return;
  }
  k.edits.push_back(op);
  k.edits.push_back(arg);
}

void Recorder::kept_erase(Kept& k, size_t pos) {
  if (pos < max_listed_) {
    kept_log(k, kEditErase, static_cast<uint32_t>(pos));
    // The first entry past the window moves into it.
    if (k.all.size() > max_listed_) kept_log(k, kEditPush, k.all[max_listed_]);
  }
  k.all.erase(k.all.begin() + static_cast<std::ptrdiff_t>(pos));
}

void Recorder::list_push(ObjectId primitive, uint32_t list, uint32_t value) {
  Kept& k = kept(primitive, list);
  k.all.push_back(value);
  if (k.all.size() <= max_listed_) kept_log(k, kEditPush, value);
}

void Recorder::list_pop_front(ObjectId primitive, uint32_t list) {
  Kept& k = kept(primitive, list);
  if (!k.all.empty()) kept_erase(k, 0);
}

void Recorder::list_pop_back(ObjectId primitive, uint32_t list) {
  Kept& k = kept(primitive, list);
  if (!k.all.empty()) kept_erase(k, k.all.size() - 1);
}

void Recorder::list_remove(ObjectId primitive, uint32_t list, uint32_t value) {
  Kept& k = kept(primitive, list);
  auto it = std::find(k.all.begin(), k.all.end(), value);
  if (it != k.all.end()) kept_erase(k, static_cast<size_t>(it - k.all.begin()));
}

Recorder::Mirror& Recorder::mirror(ObjectId primitive) {
  if (primitive != last_primitive_ || mirrors_.empty()) {
    auto [it, added] = mirror_index_.try_emplace(primitive, static_cast<uint32_t>(mirrors_.size()));
    if (added) mirrors_.emplace_back();
    last_primitive_ = primitive;
    last_mirror_ = it->second;
  }
  return mirrors_[last_mirror_];
}

void Recorder::primitive_op(Obj primitive, Text op, const PrimitiveStateIn& after, Pos at) {
  Event e = make(EventKind::PrimitiveOp, current_, at);
  // A primitive keeps its label: compare the text with the last one instead of hashing it.
  Mirror& m = mirror(primitive.id);
  if (!primitive.label.interned() && !primitive.label.view().empty()) {
    if (m.label == StrId::empty || primitive.label.view() != str(m.label)) {
      m.label = intern(primitive.label.view());
    }
    primitive.label = Text(m.label);
  }
  set_obj(e, primitive);
  e.text = resolve(op);
  e.num = after.value;
  e.extra = append_state(e.obj_id, after);
  push(e);
}

void Recorder::io_start(ObjectId id, Text label, Pos at) {
  Event e = make(EventKind::IoStart, current_, at);
  set_obj(e, {ObjKind::Io, id, label});
  push(e);
}

void Recorder::io_done(ObjectId id, Text label, TaskId owner, Text result) {
  Event e = make(EventKind::IoDone, owner, {});
  set_obj(e, {ObjKind::Io, id, label});
  e.text = resolve(result);
  push(e);
}

void Recorder::console_output(Stream stream, Text text, Pos at) {
  Event e = make(EventKind::ConsoleOutput, current_, at);
  e.detail = static_cast<uint8_t>(stream);
  e.text = resolve(text);
  push(e);
}

void Recorder::diagnostic(DiagKind kind, Text message, TaskId task, Pos at) {
  Event e = make(EventKind::Diagnostic, task, at);
  e.detail = static_cast<uint8_t>(kind);
  e.text = resolve(message);
  push(e);
}

void Recorder::clock_advance(double to) {
  double from = now_;
  now_ = to;
  Event e = make(EventKind::ClockAdvance, 0, {});
  e.num = from;
  push(e);
}

void Recorder::loop_idle() {
  push(make(EventKind::LoopIdle, 0, {}));
}

// State record layout (uint32 words). Every record starts with
//   kind (kFull or kChange), [kChange: the offset of the primitive's previous record],
//   capacity, owner,
// then, for each list (items, waiters, waiters2): its true length, then
//   full record:   n, n entries
//   change record: kSame                   (the previous record's listing)
//                | kListed, n, n entries
//                | kSplice, a, b, c, d, k, k entries   (prev[a:b] + entries + prev[c:d])
//                | kEdits, k, k words: (kEditErase, i) pairs erase prev[i], (kEditPush, v)
//                  pairs append v, in order (kept lists)
namespace {
constexpr uint32_t kFull = 0, kChange = 1;
constexpr uint32_t kSame = 0, kListed = 1, kSplice = 2, kEdits = 3;
constexpr uint32_t kSpliceWords = 6;
}  // namespace

uint32_t Recorder::append_state(ObjectId primitive, const PrimitiveStateIn& state) {
  auto offset = static_cast<uint32_t>(arena_.size());
  auto listed = [this](size_t n) {
    return static_cast<uint32_t>(std::min<size_t>(n, max_listed_));
  };
  // The new listings, back to back in scratch_.
  scratch_.clear();
  uint32_t begin[4];
  uint32_t totals[3];
  begin[0] = 0;
  if (state.kept & PrimitiveStateIn::kKeptItems) {
    totals[0] = 0;  // set below from the kept list
  } else if (!state.item_ids.empty()) {
    uint32_t n = listed(state.item_ids.size());
    for (uint32_t i = 0; i < n; ++i) scratch_.push_back(static_cast<uint32_t>(state.item_ids[i]));
    totals[0] = state.items_total == kNone ? static_cast<uint32_t>(state.item_ids.size())
                                           : state.items_total;
  } else {
    uint32_t n = listed(state.items.size());
    for (uint32_t i = 0; i < n; ++i)
      scratch_.push_back(static_cast<uint32_t>(intern(state.items[i])));
    totals[0] =
        state.items_total == kNone ? static_cast<uint32_t>(state.items.size()) : state.items_total;
  }
  int k = 1;
  for (auto [list, given] : {std::pair{state.waiters, state.waiters_total},
                             std::pair{state.waiters2, state.waiters2_total}}) {
    begin[k] = static_cast<uint32_t>(scratch_.size());
    uint32_t n = listed(list.size());
    scratch_.insert(scratch_.end(), list.begin(), list.begin() + n);
    totals[k] = given == kNone ? static_cast<uint32_t>(list.size()) : given;
    ++k;
  }
  begin[3] = static_cast<uint32_t>(scratch_.size());

  Mirror& m = mirror(primitive);
  for (int l = 0; l < 3; ++l) {
    if ((state.kept >> l) & 1) {
      if (!m.kept[l]) m.kept[l] = std::make_unique<Kept>();
      totals[l] = static_cast<uint32_t>(m.kept[l]->all.size());
    }
  }
  record_.clear();
  bool change = m.last != kNone && m.chain < kFullEvery;
  record_.push_back(change ? kChange : kFull);
  if (change) record_.push_back(m.last);
  record_.push_back(state.capacity);
  record_.push_back(state.owner);
  for (int l = 0; l < 3; ++l) {
    const uint32_t* nw = scratch_.data() + begin[l];
    auto nn = static_cast<uint32_t>(begin[l + 1] - begin[l]);
    std::vector<uint32_t>& old = m.lists[l];
    auto on = static_cast<uint32_t>(old.size());
    record_.push_back(totals[l]);
    if ((state.kept >> l) & 1) {
      Kept& k = *m.kept[l];
      auto window = static_cast<uint32_t>(std::min<size_t>(k.all.size(), max_listed_));
      auto list_window = [&] {
        record_.push_back(window);
        for (uint32_t i = 0; i < window; ++i) record_.push_back(k.all[i]);
      };
      if (!change) {
        list_window();
      } else if (!k.overflow && k.edits.empty()) {
        record_.push_back(kSame);
      } else if (k.overflow || k.edits.size() >= window) {
        record_.push_back(kListed);
        list_window();
      } else {
        record_.push_back(kEdits);
        record_.push_back(static_cast<uint32_t>(k.edits.size()));
        record_.insert(record_.end(), k.edits.begin(), k.edits.end());
      }
      k.edits.clear();
      k.overflow = false;
      continue;
    }
    auto list_all = [&] {
      record_.push_back(nn);
      for (uint32_t i = 0; i < nn; ++i) record_.push_back(nw[i]);
    };
    if (!change) {
      list_all();
    } else if (on == nn && std::equal(nw, nw + nn, old.begin())) {
      record_.push_back(kSame);
    } else {
      // Two ways to describe the change: keep a common prefix and suffix (an insertion or a
      // removal), or keep a run that moved to the front (a FIFO pop, with the window sliding).
      uint32_t p = 0;
      while (p < on && p < nn && old[p] == nw[p]) ++p;
      uint32_t sfx = 0;
      while (sfx < on - p && sfx < nn - p && old[on - 1 - sfx] == nw[nn - 1 - sfx]) ++sfx;
      uint32_t a = 0, b = p, c = on - sfx, d = on, ins_from = p, ins_to = nn - sfx;
      if (p == 0 && nn > 0) {
        auto at = std::find(old.begin(), old.end(), nw[0]);
        if (at != old.end()) {
          auto shift = static_cast<uint32_t>(at - old.begin());
          uint32_t r = 0;
          while (shift + r < on && r < nn && old[shift + r] == nw[r]) ++r;
          if (nn - r < ins_to - ins_from) {
            a = shift, b = shift + r, c = 0, d = 0, ins_from = r, ins_to = nn;
          }
        }
      }
      uint32_t ins = ins_to - ins_from;
      if (kSpliceWords + ins < 2 + nn) {
        for (uint32_t w : {kSplice, a, b, c, d, ins}) record_.push_back(w);
        for (uint32_t i = ins_from; i < ins_to; ++i) record_.push_back(nw[i]);
      } else {
        record_.push_back(kListed);
        list_all();
      }
    }
    old.assign(nw, nw + nn);
  }
  m.chain = change ? m.chain + 1 : 0;
  m.last = offset;
  arena_.append(record_.data(), record_.size());
  return offset;
}

// The listings of the record at `offset`: the chain back to its full record, replayed forward.
void Recorder::decode_lists(uint32_t offset, std::vector<uint32_t> (&lists)[3]) const {
  std::vector<uint32_t> chain;
  for (uint32_t at = offset;; at = arena_[at + 1]) {
    chain.push_back(at);
    if (arena_[at] == kFull) break;
  }
  for (auto& l : lists) l.clear();
  std::vector<uint32_t> next;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    size_t at = *it;
    bool change = arena_[at] == kChange;
    at += change ? 4 : 3;  // kind, [previous], capacity, owner
    for (auto& list : lists) {
      ++at;  // the true length
      if (!change) {
        uint32_t n = arena_[at++];
        list.resize(n);
        for (uint32_t i = 0; i < n; ++i) list[i] = arena_[at++];
        continue;
      }
      uint32_t mode = arena_[at++];
      if (mode == kSame) continue;
      if (mode == kEdits) {
        uint32_t k = arena_[at++];
        for (uint32_t i = 0; i + 1 < k; i += 2) {
          uint32_t arg = arena_[at + i + 1];
          if (arena_[at + i] == kEditPush) {
            list.push_back(arg);
          } else if (arg < list.size()) {
            list.erase(list.begin() + arg);
          }
        }
        at += k;
        continue;
      }
      if (mode == kListed) {
        uint32_t n = arena_[at++];
        list.resize(n);
        for (uint32_t i = 0; i < n; ++i) list[i] = arena_[at++];
        continue;
      }
      uint32_t a = arena_[at], b = arena_[at + 1], c = arena_[at + 2], d = arena_[at + 3];
      uint32_t k = arena_[at + 4];
      at += 5;
      next.assign(list.begin() + a, list.begin() + b);
      for (uint32_t i = 0; i < k; ++i) next.push_back(arena_[at++]);
      next.insert(next.end(), list.begin() + c, list.begin() + d);
      list.swap(next);
    }
  }
}

PrimitiveState Recorder::primitive_state(const Event& op) const {
  PrimitiveState s;
  if (op.kind != EventKind::PrimitiveOp || op.extra == kNone) return s;
  size_t at = op.extra;
  bool change = arena_[at] == kChange;
  at += change ? 2 : 1;
  s.value = op.num;
  s.capacity = arena_[at++];
  s.owner = arena_[at++];
  // The true lengths sit at fixed places only in full records; walk this record for them.
  uint32_t* totals[3] = {&s.items_total, &s.waiters_total, &s.waiters2_total};
  for (auto* total : totals) {
    *total = arena_[at++];
    uint32_t mode = change ? arena_[at++] : kListed;
    if (mode == kListed || mode == kEdits) {
      at += 1 + arena_[at];
    } else if (mode == kSplice) {
      at += 5 + arena_[at + 4];
    }
  }
  std::vector<uint32_t> lists[3];
  decode_lists(op.extra, lists);
  s.items.reserve(lists[0].size());
  for (uint32_t id : lists[0]) s.items.push_back(static_cast<StrId>(id));
  s.waiters = std::move(lists[1]);
  s.waiters2 = std::move(lists[2]);
  return s;
}

}  // namespace al::trace
