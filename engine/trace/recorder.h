// Recorder: the append-only trace the scheduler writes while it runs (DESIGN.md §6).
//
// Writing (the event-loop thread only; nothing here knows the interpreter's object model —
// callers pass ids, names, and strings they already formatted with repr):
//
//   trace::Recorder rec;                       // or Recorder({.enabled = false})
//   if (rec.enabled()) rec.step_begin(task);   // check enabled() first: off costs one load
//
//   rec.set_time(loop_now);                    // keep the virtual clock current
//   rec.task_created(2, "Task-2", "consumer", {12, 4});     // creator = the running task
//   rec.ready(2, Waker::task(1));                           // create_task's call_soon
//   rec.step_begin(2);
//   rec.primitive_op({ObjKind::Queue, q, "Queue q"}, "get", state, {13, 8});
//   rec.step_suspended({13, 14}, {ObjKind::Queue, q, "Queue.get q"});
//   rec.ready(2, Waker::task(1), {ObjKind::Queue, q, "Queue q"});   // a put woke it
//
// Strings are passed as `Text`: a std::string_view (interned on the spot: one hash lookup, an
// allocation only the first time a string is seen) or a StrId from intern(), which callers can
// cache on long-lived objects (a Queue's "Queue.get q" label). Events are attributed to the task
// between step_begin and its step_* end ("current task"); outside steps to 0, the event loop.
// The event-by-event field layout is documented in event.h; the per-kind methods below fill it.
//
// Scheduling rules the TraceModel relies on (they mirror what CPython's loop does):
//   - every task step is preceded by ready(task, ...) (create_task's first call_soon included)
//     and is bracketed by step_begin / one of step_suspended|finished|failed|cancelled;
//   - record ready() where CPython calls call_soon: a sleep(0)/bare yield is
//     ready(task, Waker::task(task)) then step_suspended({...}, {ObjKind::Sleep, 0, "sleep(0)"})
//     (Task.__step reschedules before it returns); a task that finishes records the wake-ups of
//     its awaiters before step_finished. A ready() of the running task keeps it running until
//     its step ends, then it is ready, not waiting;
//   - a call_later timer is timer_scheduled, then timer_fired (moved to the ready queue) and
//     callback_run when the loop runs it (or timer_cancelled); a call_soon handle is
//     callback_scheduled then callback_run. Handle ids are unique across both;
//   - wakers: the running task when a step woke someone, Waker::timer(h) inside a timer's
//     callback, Waker::io(id) for I/O, Waker::callback(h) inside other callbacks.
//
// Turning tracing on in the middle of a run gives a trace that starts mid-story: ids seen for the
// first time get default entries, so the model copes, but it cannot know what came before.
//
// Reading (any thread, while the writer appends): size() publishes with release/acquire
// semantics; every event below it, every string and state record it refers to, is complete and
// never moves (chunked storage). A GUI thread may therefore poll size() and read behind it.
// Events are stored packed (packed_event.h) and rebuilt by operator[], so readers get copies.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/trace/chunked_vector.h"
#include "engine/trace/event.h"
#include "engine/trace/packed_event.h"
#include "engine/trace/primitive_state.h"
#include "engine/trace/string_table.h"

namespace al::trace {

// A string argument: text to intern, or an id interned earlier.
class Text {
 public:
  Text() = default;
  Text(std::string_view text) : view_(text) {}
  Text(const char* text) : view_(text) {}
  Text(const std::string& text) : view_(text) {}
  Text(StrId id) : id_(id), interned_(true) {}

  bool interned() const { return interned_; }
  StrId id() const { return id_; }
  std::string_view view() const { return view_; }

 private:
  std::string_view view_;
  StrId id_ = StrId::empty;
  bool interned_ = false;
};

// Source position: 1-based line, 0-based column; 0 = unknown.
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
};

// An object an event mentions: what a task awaits, a primitive, what a wake-up went through.
struct Obj {
  ObjKind kind = ObjKind::None;
  uint32_t id = 0;
  Text label;
};

// Who woke a task.
struct Waker {
  WakerKind kind = WakerKind::None;
  uint32_t id = 0;

  static Waker task(TaskId t) { return {WakerKind::Task, t}; }
  static Waker timer(HandleId h) { return {WakerKind::Timer, h}; }
  static Waker callback(HandleId h) { return {WakerKind::Callback, h}; }
  static Waker io(ObjectId id) { return {WakerKind::Io, id}; }
  static Waker thread(ObjectId id) { return {WakerKind::Thread, id}; }
  static Waker signal(uint32_t signum) { return {WakerKind::Signal, signum}; }
};

struct RecorderOptions {
  bool enabled = true;
  bool wall_clock = true;    // false: wall_ns stays 0 (deterministic traces for tests, and
                             // the virtual clock, where reading it per event would be waste)
  uint32_t max_listed = 64;  // longest item/waiter list kept per primitive operation
};

class Recorder {
 public:
  explicit Recorder(RecorderOptions options = {});
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  // --- switch and context (writer thread) ----------------------------------------------------
  bool enabled() const { return enabled_.load(std::memory_order_relaxed); }
  void set_enabled(bool on) { enabled_.store(on, std::memory_order_relaxed); }
  void set_time(double now) { now_ = now; }
  double time() const { return now_; }
  TaskId current_task() const { return current_; }
  uint32_t max_listed() const { return max_listed_; }
  StrId intern(std::string_view text) { return strings_.intern(text); }  // writer thread only
  // A new string id without looking for an equal one: for texts that rarely repeat (the repr
  // of each item put into a queue).
  StrId add_text(std::string_view text) { return strings_.add(text); }
  // The decimal text of an integer: small ones interned once, others added.
  StrId int_text(int64_t value);
  // Distinguishes recorders, so ids cached on long-lived objects are not used with another one.
  uint64_t serial() const { return serial_; }
  // intern() for a string literal, remembered by its address in a small direct-mapped table:
  // no hashing of the text while its slot holds it (an operation name on every traced
  // operation). Only for literals (static storage, never changing).
  StrId intern_literal(const char* literal) {
    LiteralSlot& slot = literals_[(reinterpret_cast<uintptr_t>(literal) >> 3) % kLiteralSlots];
    if (slot.literal != literal) slot = {literal, intern(literal)};
    return slot.id;
  }

  // --- tasks ---------------------------------------------------------------------------------
  // A task object was created (by the current task, or by the loop when outside any step).
  // `loop_internal`: asyncio's own shutdown work, which timelines hide (event.h).
  void task_created(TaskId task, Text name, Text coroutine, Pos at = {},
                    bool loop_internal = false);
  void step_begin(TaskId task);
  // The current step ends: suspended awaiting `awaited`, at `at` (the await's position).
  void step_suspended(Pos at, const Obj& awaited);
  void step_finished(Pos at, Text result_repr);
  void step_failed(Pos at, Text exception_text);
  void step_cancelled(Pos at, Text message = {});
  // `task`'s step was put in the ready queue, woken by `by`, through `through`.
  void ready(TaskId task, Waker by, const Obj& through = {});

  // --- loop handles --------------------------------------------------------------------------
  void timer_scheduled(HandleId id, double when, Text label, Pos at = {});
  void timer_cancelled(HandleId id, Text label, Pos at = {});
  void timer_fired(HandleId id, double when, Text label, TaskId owner = 0);
  void callback_scheduled(HandleId id, Text label, Pos at = {});
  void callback_run(HandleId id, Text label);

  // --- primitives and I/O --------------------------------------------------------------------
  // primitive.kind is the primitive's type (Queue, Lock, Event, Semaphore, Condition, Barrier,
  // Future); its label names it ("Queue q", "Lock lock": the variable name when known).
  void primitive_created(Obj primitive, Pos at = {});
  void primitive_op(Obj primitive, Text op, const PrimitiveStateIn& after, Pos at = {});
  // The same event and state record as primitive_op with a PrimitiveStateIn that passes no
  // list (each list kept, or empty) and an integer value: the form every operation of a Lock,
  // Event, Semaphore, Condition and FIFO or LIFO Queue takes, without building the general
  // state (`label` and `op` interned by the caller).
  struct KeptStateIn {
    uint8_t kept = 0;  // PrimitiveStateIn::kept
    int32_t value = 0;
    uint32_t capacity = 0;
    TaskId owner = 0;
  };
  void primitive_op(ObjKind kind, ObjectId id, StrId label, StrId op, const KeptStateIn& after,
                    Pos at = {});
  // Lists the recorder keeps for a primitive (PrimitiveStateIn::kept; list 0 = items,
  // 1 = waiters, 2 = waiters2), changed as they change; the next primitive_op lists them.
  // A task woken through the primitive (ready() with `through` naming it) leaves its waiter
  // lists by itself: that is when its waiter future is done. Changes that do not fit the list
  // (a pop from an empty one) are ignored.
  void list_push(ObjectId primitive, uint32_t list, uint32_t value);
  void list_pop_front(ObjectId primitive, uint32_t list);
  void list_pop_back(ObjectId primitive, uint32_t list);
  void list_remove(ObjectId primitive, uint32_t list, uint32_t value);  // its first occurrence
  void io_start(ObjectId id, Text label, Pos at = {});
  void io_done(ObjectId id, Text label, TaskId owner, Text result = {});

  // --- output, diagnostics, clock ------------------------------------------------------------
  void console_output(Stream stream, Text text, Pos at = {});
  void diagnostic(DiagKind kind, Text message, TaskId task = 0, Pos at = {});
  // The virtual clock jumps (or the real clock is read) to `to`; also sets time().
  void clock_advance(double to);
  // Nothing is ready: the loop polls (waits for timers or I/O).
  void loop_idle();

  // --- reading (any thread) ------------------------------------------------------------------
  uint32_t size() const { return static_cast<uint32_t>(events_.size()); }
  // Event i < size(), rebuilt from its packed record: O(1) when a thread reads in order,
  // O(log clock readings) otherwise.
  Event operator[](uint32_t i) const;
  double vtime(uint32_t i) const { return clock_run(i).vtime; }
  std::string_view str(StrId id) const { return strings_.get(id); }
  // Decodes a PrimitiveOp event's state record: O(kFullEvery · max_listed) at most, as it
  // replays the changes since the primitive's last full record.
  PrimitiveState primitive_state(const Event& op) const;

  // A primitive's state is stored in full at least every kFullEvery operations; in between,
  // each record keeps only how each list changed from the previous record.
  static constexpr uint32_t kFullEvery = 32;

 private:
  // The fields a record may leave out when they equal its predecessor's (append_state).
  static constexpr int kFields = 5;  // capacity, owner, items_total, waiters_total, waiters2_total
  // A list kept by the recorder: all of it, and the edits of its listed window (the first
  // max_listed entries) since the primitive's latest record. The list is buf[head...]: popping
  // the front only moves head (a queue's get, a woken waiter), so a change at either end costs
  // O(1) and a search scans contiguous words.
  struct Kept {
    std::vector<uint32_t> buf;
    uint32_t head = 0;
    bool overflow = false;        // too many edits to log: the next record lists the window
    std::vector<uint32_t> edits;  // (kEditErase, position) and (kEditPush, value) pairs
    size_t size() const { return buf.size() - head; }
    const uint32_t* data() const { return buf.data() + head; }
  };
  // The last state written for one primitive, to store the next one as a change.
  struct Mirror {
    uint32_t last = kNone;           // arena offset of its latest record
    uint32_t chain = 0;              // change records since the last full one
    std::vector<uint32_t> lists[3];  // listed items, waiters, waiters2 (lists passed in full)
    std::unique_ptr<Kept> kept[3];   // lists kept by the recorder
    StrId label = StrId::empty;      // its label at the latest operation
    uint32_t fields[kFields] = {};   // the latest record's capacity, owner and true lengths
  };
  // The primitive's mirror, made on first use; the latest one is remembered, as consecutive
  // calls (list_push, then primitive_op) usually name the same primitive.
  Mirror& mirror(ObjectId primitive) {
    if (primitive == last_primitive_ && !mirrors_.empty()) return mirrors_[last_mirror_];
    return look_up_mirror(primitive);
  }
  Mirror& look_up_mirror(ObjectId primitive);
  Mirror* find_mirror(ObjectId primitive);
  Kept& kept(ObjectId primitive, uint32_t list) {
    std::unique_ptr<Kept>& k = mirror(primitive).kept[list];
    if (!k) k = std::make_unique<Kept>();
    return *k;
  }
  void kept_erase(Kept& k, size_t pos);
  void kept_log(Kept& k, uint32_t op, uint32_t arg);

  Event make(EventKind kind, TaskId task, Pos at);
  // Reads the wall clock at boundaries and starts a clock run when the reading or the loop's
  // time changed, for the event about to be appended.
  void stamp(EventKind kind);
  void push(const Event& e);  // any kind but PrimitiveOp, which primitive_op packs itself
  StrId resolve(const Text& text) {
    if (text.interned()) return text.id();
    return text.view().empty() ? StrId::empty : intern(text.view());
  }
  void set_obj(Event& e, const Obj& obj);
  void end_step(StepOutcome outcome, Pos at, Text text, const Obj* awaited);
  // `passed`: the lists of the state not kept (null: empty).
  uint32_t append_state(Mirror& m, uint8_t kept, uint32_t capacity, TaskId owner,
                        const PrimitiveStateIn* passed);
  uint32_t write_kept(Kept& k, bool change, uint32_t*& out);
  void decode_record(uint32_t offset, uint32_t (&fields)[kFields],
                     std::vector<uint32_t> (&lists)[3]) const;

  const ClockRun& clock_run(uint32_t i) const;

  ChunkedVector<PackedEvent> events_;
  ChunkedVector<ClockRun, 6> clocks_;  // one per change of (vtime, wall_ns), by first event
  ChunkedVector<ExtraFields, 8> extras_;
  ChunkedVector<uint32_t, 12> arena_;  // primitive state records
  StringTable strings_;
  std::atomic<bool> enabled_;
  bool wall_clock_;
  uint32_t max_listed_;
  double now_ = 0;
  TaskId current_ = 0;
  int64_t wall_ = 0;       // the wall clock read at the latest step or loop boundary
  double last_vtime_ = 0;  // the latest clock run's reading
  int64_t last_wall_ = 0;
  bool wall_from_step_end_ = false;  // wall_ was read at a StepEnd, no boundary since
  std::chrono::steady_clock::time_point start_;
  std::vector<Mirror> mirrors_;
  std::unordered_map<ObjectId, uint32_t> mirror_index_;  // primitive → its mirror
  ObjectId last_primitive_ = 0;  // the latest lookup, which the next op usually repeats
  uint32_t last_mirror_ = 0;
  // Where a state record is built when the arena's current chunk lacks room for the longest.
  std::vector<uint32_t> record_;
  struct LiteralSlot {
    const char* literal = nullptr;
    StrId id = StrId::empty;
  };
  static constexpr size_t kLiteralSlots = 64;
  std::array<LiteralSlot, kLiteralSlots> literals_{};
  std::vector<uint32_t> scratch_;  // the lists of the operation being recorded
  std::vector<StrId> small_ints_;  // int_text of -5 .. 1023, StrId::empty until first used
  uint64_t serial_;
};

}  // namespace al::trace
