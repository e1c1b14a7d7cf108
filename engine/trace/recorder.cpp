#include "engine/trace/recorder.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

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

// The longest state record (append_state): a header, an offset, two fields, and per list its
// length and a listing of max_listed entries or an edit log of 2·max_listed + 3 words.
size_t longest_record(uint32_t max_listed) {
  return 4 + 3 * (2 * size_t{max_listed} + 8);
}
}  // namespace

Recorder::Recorder(RecorderOptions options)
    : enabled_(options.enabled),
      wall_clock_(options.wall_clock),
      max_listed_(options.max_listed),
      start_(std::chrono::steady_clock::now()),
      record_(longest_record(options.max_listed)),
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
  e.vtime = 0;  // vtime, wall_ns and index are the recorder's when push() stamps the event
  e.wall_ns = 0;
  e.index = 0;
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

// Inlined into each writer, where the kind is a constant and the switch folds away.
[[gnu::always_inline]] inline void Recorder::stamp(EventKind kind) {
  uint32_t n = size();
  // kNone marks "no index" everywhere, so the last usable index is kNone - 1.
  if (n == kNone - 1) throw std::length_error("trace is full");
  if (wall_clock_) {
    // Read at step and loop boundaries only: the events in between share that reading. A step
    // that begins when no boundary came after the previous step's end shares the end's reading
    // too: the loop only popped handles in between, and a clock read costs as much as a traced
    // switch.
    switch (kind) {
      case EventKind::StepBegin:
        if (std::exchange(wall_from_step_end_, false)) break;
        [[fallthrough]];
      case EventKind::StepEnd:
      case EventKind::CallbackRun:
      case EventKind::IoDone:
      case EventKind::ClockAdvance:
      case EventKind::LoopIdle:
        wall_ = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - start_)
                    .count();
        wall_from_step_end_ = kind == EventKind::StepEnd;
        break;
      default:
        break;
    }
  }
  // Side records go before the event: publishing the event publishes them to readers.
  if (clocks_.size() == 0 ||
      std::bit_cast<uint64_t>(now_) != std::bit_cast<uint64_t>(last_vtime_) ||
      wall_ != last_wall_) {
    clocks_.push_back({n, now_, wall_});
    last_vtime_ = now_;
    last_wall_ = wall_;
  }
}

void Recorder::push(const Event& e) {
  stamp(e.kind);
  uint32_t extra = kNone;
  if (std::bit_cast<uint64_t>(e.num) != 0 || e.extra != kNone) {
    extra = static_cast<uint32_t>(extras_.size());
    extras_.push_back({e.num, e.extra});
  }
  events_.push_back(
      {e.task, e.line, e.obj_id, e.obj_label, e.waker_id, e.text, extra, packed::bits_of(e)});
}

namespace {
// The clock run a thread read last, per recorder: in-order readers (the model, the exporters)
// then find each event's run in O(1).
struct RunCache {
  uint64_t serial = 0;
  size_t run = 0;
};
thread_local RunCache t_run_cache;
}  // namespace

const ClockRun& Recorder::clock_run(uint32_t i) const {
  size_t runs = clocks_.size();
  RunCache& c = t_run_cache;
  if (c.serial == serial_ && c.run < runs) {
    for (size_t k = c.run; k < runs && k < c.run + 2; ++k) {
      if (clocks_[k].first > i) break;
      if (k + 1 == runs || clocks_[k + 1].first > i) {
        c.run = k;
        return clocks_[k];
      }
    }
  }
  // The last run whose first event is at or before i (run 0 starts at event 0).
  size_t lo = 0, hi = runs;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (clocks_[mid].first <= i) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  c.serial = serial_;
  c.run = lo;
  return clocks_[lo];
}

Event Recorder::operator[](uint32_t i) const {
  const PackedEvent& p = events_[i];
  Event e;
  packed::unpack_into(p, e);
  const ClockRun& run = clock_run(i);
  e.vtime = run.vtime;
  e.wall_ns = run.wall_ns;
  e.index = i;
  if (e.kind == EventKind::PrimitiveOp) {
    e.extra = p.extra;
    e.num = static_cast<uint8_t>(e.waker_kind) == packed::kOpValueInExtras
                ? extras_[p.waker_id].num
                : static_cast<double>(static_cast<int32_t>(p.waker_id));
    e.waker_kind = WakerKind::None;
    e.waker_id = 0;
  } else if (p.extra == kNone) {
    e.num = 0;
    e.extra = kNone;
  } else {
    const ExtraFields& x = extras_[p.extra];
    e.num = x.num;
    e.extra = x.extra;
  }
  return e;
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

// The three events of every task switch are packed directly, without an Event in between.
void Recorder::step_begin(TaskId task) {
  current_ = task;
  stamp(EventKind::StepBegin);
  events_.push_back({task, 0, 0, StrId::empty, 0, StrId::empty, kNone,
                     packed::bits(EventKind::StepBegin, 0, ObjKind::None, WakerKind::None, 0)});
}

void Recorder::end_step(StepOutcome outcome, Pos at, Text text, const Obj* awaited) {
  StrId result = resolve(text);
  ObjKind kind = awaited ? awaited->kind : ObjKind::None;
  StrId label = awaited ? resolve(awaited->label) : StrId::empty;
  stamp(EventKind::StepEnd);
  events_.push_back({current_, at.line, awaited ? awaited->id : 0, label, 0, result, kNone,
                     packed::bits(EventKind::StepEnd, at.col, kind, WakerKind::None,
                                  static_cast<uint8_t>(outcome))});
  current_ = 0;
}

void Recorder::step_suspended(Pos at, const Obj& awaited) {
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

void Recorder::ready(TaskId task, Waker by, const Obj& through) {
  StrId label = resolve(through.label);
  stamp(EventKind::Ready);
  events_.push_back({task, 0, through.id, label, by.id, StrId::empty, kNone,
                     packed::bits(EventKind::Ready, 0, through.kind, by.kind, 0)});
  // Woken through a primitive: its waiter future is done, so it no longer waits there.
  if (is_primitive_kind(through.kind) && through.id != 0) {
    if (Mirror* m = find_mirror(through.id)) {
      for (int l = 1; l < 3; ++l) {
        if (!m->kept[l]) continue;
        Kept& k = *m->kept[l];
        const uint32_t* end = k.data() + k.size();
        const uint32_t* it = std::find(k.data(), end, task);
        if (it != end) kept_erase(k, static_cast<size_t>(it - k.data()));
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

namespace {
constexpr uint32_t kEditErase = 0, kEditPush = 1;
}  // namespace

inline void Recorder::kept_log(Kept& k, uint32_t op, uint32_t arg) {
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
    if (k.size() > max_listed_) kept_log(k, kEditPush, k.data()[max_listed_]);
  }
  if (pos == 0) {
    ++k.head;
  } else {
    k.buf.erase(k.buf.begin() + static_cast<std::ptrdiff_t>(k.head + pos));
  }
  // Drop the spent front once it is most of the buffer (at once when the list is empty).
  if (k.head == k.buf.size()) {
    k.buf.clear();
    k.head = 0;
  } else if (k.head >= 64 && 2 * size_t{k.head} >= k.buf.size()) {
    k.buf.erase(k.buf.begin(), k.buf.begin() + k.head);
    k.head = 0;
  }
}

void Recorder::list_push(ObjectId primitive, uint32_t list, uint32_t value) {
  Kept& k = kept(primitive, list);
  k.buf.push_back(value);
  if (k.size() <= max_listed_) kept_log(k, kEditPush, value);
}

void Recorder::list_pop_front(ObjectId primitive, uint32_t list) {
  Kept& k = kept(primitive, list);
  if (k.size() != 0) kept_erase(k, 0);
}

void Recorder::list_pop_back(ObjectId primitive, uint32_t list) {
  Kept& k = kept(primitive, list);
  if (k.size() != 0) kept_erase(k, k.size() - 1);
}

void Recorder::list_remove(ObjectId primitive, uint32_t list, uint32_t value) {
  Kept& k = kept(primitive, list);
  const uint32_t* end = k.data() + k.size();
  const uint32_t* it = std::find(k.data(), end, value);
  if (it != end) kept_erase(k, static_cast<size_t>(it - k.data()));
}

Recorder::Mirror& Recorder::look_up_mirror(ObjectId primitive) {
  auto [it, added] = mirror_index_.try_emplace(primitive, static_cast<uint32_t>(mirrors_.size()));
  if (added) mirrors_.emplace_back();
  last_primitive_ = primitive;
  last_mirror_ = it->second;
  return mirrors_[last_mirror_];
}

void Recorder::primitive_op(Obj primitive, Text op, const PrimitiveStateIn& after, Pos at) {
  // A primitive keeps its label: compare the text with the last one instead of hashing it.
  Mirror& m = mirror(primitive.id);
  if (!primitive.label.interned() && !primitive.label.view().empty()) {
    if (m.label == StrId::empty || primitive.label.view() != str(m.label)) {
      m.label = intern(primitive.label.view());
    }
    primitive.label = Text(m.label);
  }
  StrId label = resolve(primitive.label);
  StrId name = resolve(op);
  uint32_t record = append_state(m, after.kept, after.capacity, after.owner, &after);
  stamp(EventKind::PrimitiveOp);
  // The value after an operation is nearly always a small integer (a size, a flag, a counter):
  // it rides in the packed event; anything else goes to the side array.
  double v = after.value;
  uint32_t value;
  uint8_t where = packed::kOpValueInline;
  if (v >= INT32_MIN && v <= INT32_MAX && static_cast<double>(static_cast<int32_t>(v)) == v &&
      !(v == 0 && std::signbit(v))) {
    value = static_cast<uint32_t>(static_cast<int32_t>(v));
  } else {
    value = static_cast<uint32_t>(extras_.size());
    extras_.push_back({v, kNone});
    where = packed::kOpValueInExtras;
  }
  events_.push_back({current_, at.line, primitive.id, label, value, name, record,
                     packed::bits(EventKind::PrimitiveOp, at.col, primitive.kind,
                                  static_cast<WakerKind>(where), 0)});
}

void Recorder::primitive_op(ObjKind kind, ObjectId id, StrId label, StrId op,
                            const KeptStateIn& after, Pos at) {
  Mirror& m = mirror(id);
  uint32_t record = append_state(m, after.kept, after.capacity, after.owner, nullptr);
  stamp(EventKind::PrimitiveOp);
  events_.push_back({current_, at.line, id, label, static_cast<uint32_t>(after.value), op, record,
                     packed::bits(EventKind::PrimitiveOp, at.col, kind,
                                  static_cast<WakerKind>(packed::kOpValueInline), 0)});
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

// State record layout (uint32 words):
//   header: bit 0 kind (kFull or kChange); bits 1-6 the mode of each list (change records,
//           2 bits a list: items, waiters, waiters2); bit 7 capacity present, bit 8 owner
//           present, bits 9-11 each list's true length present (always set in full records;
//           a change record leaves out a field that equals the previous record's); bits
//           12-31 of a change record: how many words back the primitive's previous record
//           starts, or 0 when that distance does not fit and the next word holds its offset
//   [kChange with distance 0: the offset of the primitive's previous record]
//   [capacity] [owner]
// then, for each list: [its true length], then its listing
//   full record:   n, n entries
//   change record: kSame     nothing: the previous record's listing
//                | kListed   n, n entries
//                | kSplice   a, b, c, d, k, k entries (prev[a:b] + entries + prev[c:d])
//                | kEdits    k, k words: (kEditErase, i) pairs erase prev[i], (kEditPush, v)
//                            pairs append v, in order (kept lists)
// So an operation that changes one kept list by one entry costs about five words. A record is
// written straight into the arena when its current chunk has room for the longest (per list at
// most its length and 2·max_listed + 3 more words: the kEdits log of a kept list is the
// longest), else into record_ and then copied.
namespace {
constexpr uint32_t kFull = 0, kChange = 1;
constexpr uint32_t kSame = 0, kListed = 1, kSplice = 2, kEdits = 3;
constexpr uint32_t kModeShift = 1;  // list l's mode is at kModeShift + 2·l
constexpr uint32_t kHasCapacity = 1u << 7, kHasOwner = 1u << 8, kHasTotal = 1u << 9;  // << l
constexpr uint32_t kSpliceWords = 5;
constexpr uint32_t kBackShift = 12, kBackLimit = 1u << (32 - kBackShift);

// The offset of the previous record of the change record at `at`.
template <class Arena>
uint32_t previous_record(const Arena& arena, uint32_t at) {
  uint32_t back = arena[at] >> kBackShift;
  return back != 0 ? at - back : arena[at + 1];
}
}  // namespace

// Writes the listing of a kept list (after its length) and returns its mode.
inline uint32_t Recorder::write_kept(Kept& k, bool change, uint32_t*& out) {
  auto window = static_cast<uint32_t>(std::min<size_t>(k.size(), max_listed_));
  uint32_t mode = kSame;
  if (change && !k.overflow && k.edits.empty()) {
    mode = kSame;
  } else if (!change || k.overflow || k.edits.size() >= window) {
    // Plain loops: these copies are a few words, shorter than a call to memmove.
    mode = kListed;
    *out++ = window;
    for (const uint32_t* from = k.data(); from != k.data() + window;) *out++ = *from++;
  } else {
    mode = kEdits;
    *out++ = static_cast<uint32_t>(k.edits.size());
    for (uint32_t w : k.edits) *out++ = w;
  }
  k.edits.clear();
  k.overflow = false;
  return mode;
}

uint32_t Recorder::append_state(Mirror& m, uint8_t kept, uint32_t capacity, TaskId owner,
                                const PrimitiveStateIn* passed) {
  auto offset = static_cast<uint32_t>(arena_.size());
  uint32_t* const start = arena_.room(record_.size());
  uint32_t* const base = start ? start : record_.data();
  uint32_t* out = base;
  const bool change = m.last != kNone && m.chain < kFullEvery;
  uint32_t header = change ? kChange : kFull;
  ++out;  // the header, written last
  if (change && offset - m.last < kBackLimit) {
    header |= (offset - m.last) << kBackShift;
  } else if (change) {
    *out++ = m.last;
  }
  // A field is written when it changed, and always in a full record.
  // Without branches: whether a field changed varies from one operation to the next (a put
  // changes the length, a park does not), and a branch on it would often be mispredicted. The
  // word is stored either way (the room is sized for the longest record) and kept or not.
  auto field = [&](int f, uint32_t value, uint32_t bit) {
    const bool write = !change || m.fields[f] != value;
    m.fields[f] = value;
    header |= write ? bit : 0;
    *out = value;
    out += write;
  };
  field(0, capacity, kHasCapacity);
  field(1, owner, kHasOwner);
  // Unrolled, each list's shifts, masks and kind of listing are constants.
#pragma GCC unroll 3
  for (uint32_t l = 0; l < 3; ++l) {
    uint32_t mode = kSame;
    if ((kept >> l) & 1) {
      if (!m.kept[l]) m.kept[l] = std::make_unique<Kept>();
      field(2 + static_cast<int>(l), static_cast<uint32_t>(m.kept[l]->size()), kHasTotal << l);
      mode = write_kept(*m.kept[l], change, out);
      header |= change ? mode << (kModeShift + 2 * l) : 0;
      continue;
    }
    // A list passed in full: its listing (the first max_listed entries) and true length.
    std::vector<uint32_t>& old = m.lists[l];
    static const PrimitiveStateIn kNothing;
    const PrimitiveStateIn& state = passed ? *passed : kNothing;
    std::span<const TaskId> waiters = l == 1 ? state.waiters : state.waiters2;
    size_t all = l != 0                   ? waiters.size()
                 : state.item_ids.empty() ? state.items.size()
                                          : state.item_ids.size();
    uint32_t given = l == 0   ? state.items_total
                     : l == 1 ? state.waiters_total
                              : state.waiters2_total;
    field(2 + static_cast<int>(l), given == kNone ? static_cast<uint32_t>(all) : given,
          kHasTotal << l);
    if (all == 0 && old.empty()) {  // empty, as in the previous record
      if (!change) *out++ = 0;
      continue;
    }
    auto nn = static_cast<uint32_t>(std::min<size_t>(all, max_listed_));
    const uint32_t* nw = waiters.data();
    if (l == 0) {
      scratch_.clear();
      for (uint32_t i = 0; i < nn; ++i) {
        scratch_.push_back(static_cast<uint32_t>(state.item_ids.empty() ? intern(state.items[i])
                                                                        : state.item_ids[i]));
      }
      nw = scratch_.data();
    }
    auto on = static_cast<uint32_t>(old.size());
    auto list_all = [&] {
      *out++ = nn;
      out = std::copy_n(nw, nn, out);
    };
    if (!change) {
      list_all();
    } else if (on == nn && std::equal(nw, nw + nn, old.begin())) {
      continue;  // kSame; the mirror already holds this listing
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
      if (kSpliceWords + ins < 1 + nn) {
        mode = kSplice;
        for (uint32_t w : {a, b, c, d, ins}) *out++ = w;
        out = std::copy(nw + ins_from, nw + ins_to, out);
      } else {
        mode = kListed;
        list_all();
      }
      header |= mode << (kModeShift + 2 * l);
    }
    old.assign(nw, nw + nn);
  }
  base[0] = header;
  m.chain = change ? m.chain + 1 : 0;
  m.last = offset;
  if (start) {
    arena_.commit(static_cast<size_t>(out - start));
  } else {
    arena_.append(record_.data(), static_cast<size_t>(out - record_.data()));
  }
  return offset;
}

// The record at `offset`: the chain back to its full record, replayed forward.
void Recorder::decode_record(uint32_t offset, uint32_t (&fields)[kFields],
                             std::vector<uint32_t> (&lists)[3]) const {
  std::vector<uint32_t> chain;
  for (uint32_t at = offset;; at = previous_record(arena_, at)) {
    chain.push_back(at);
    if ((arena_[at] & 1) == kFull) break;
  }
  for (auto& l : lists) l.clear();
  std::vector<uint32_t> next;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    size_t at = *it;
    const uint32_t header = arena_[at++];
    const bool change = (header & 1) == kChange;
    if (change && (header >> kBackShift) == 0) ++at;  // the previous record's offset
    if (header & kHasCapacity) fields[0] = arena_[at++];
    if (header & kHasOwner) fields[1] = arena_[at++];
    for (uint32_t l = 0; l < 3; ++l) {
      std::vector<uint32_t>& list = lists[l];
      if (header & (kHasTotal << l)) fields[2 + l] = arena_[at++];
      uint32_t mode = change ? (header >> (kModeShift + 2 * l)) & 3 : kListed;
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
  uint32_t fields[kFields] = {};
  std::vector<uint32_t> lists[3];
  decode_record(op.extra, fields, lists);
  s.value = op.num;
  s.capacity = fields[0];
  s.owner = fields[1];
  s.items_total = fields[2];
  s.waiters_total = fields[3];
  s.waiters2_total = fields[4];
  s.items.reserve(lists[0].size());
  for (uint32_t id : lists[0]) s.items.push_back(static_cast<StrId>(id));
  s.waiters = std::move(lists[1]);
  s.waiters2 = std::move(lists[2]);
  return s;
}

}  // namespace al::trace
