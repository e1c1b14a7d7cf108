// Sections: JSON text (escaping, numbers, a buffered writer) · the first pass (what only the
// whole trace tells: titles, hidden tasks, which wake-ups get a flow, counter names) · the
// streaming pass (the loop's and each task's state, one open segment per lane) · the time axis
// and the entry points.
#include "engine/trace/chrome_trace.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

#include "engine/trace/recorder.h"
#include "engine/trace/timeline.h"
#include "engine/trace/trace_model.h"
#include "engine/trace/trace_state.h"

namespace al::trace {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid; `bad` is then
// the length of its maximal valid prefix (at least 1), which becomes one U+FFFD.
size_t utf8_sequence(std::string_view s, size_t i, size_t& bad) {
  auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0x100u; };
  unsigned c = byte(i);
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    bad = 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    unsigned b = byte(i + k);
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      bad = k;
      return 0;
    }
  }
  return len;
}

// The escaped text of a JSON string without its quotes, as nlohmann::json::dump writes it
// (control characters as \u00xx, invalid UTF-8 replaced by U+FFFD), handed to put(data, size)
// in pieces.
template <class Put>
void escape_json(std::string_view s, Put&& put) {
  size_t run = 0;  // start of the bytes that need no escaping
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (i > run) put(s.data() + run, i - run);
    size_t step = 1;
    if (c >= 0x80) {
      size_t bad = 0;
      step = utf8_sequence(s, i, bad);
      if (step) {
        put(s.data() + i, step);
      } else {
        put("\xEF\xBF\xBD", 3);
        step = bad;
      }
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      char esc[6] = {'\\', static_cast<char>(c), 0, 0, 0, 0};
      size_t len = 2;
      switch (c) {
        case '"':
        case '\\':
          break;
        case '\b':
          esc[1] = 'b';
          break;
        case '\f':
          esc[1] = 'f';
          break;
        case '\n':
          esc[1] = 'n';
          break;
        case '\r':
          esc[1] = 'r';
          break;
        case '\t':
          esc[1] = 't';
          break;
        default:
          esc[1] = 'u';
          esc[2] = esc[3] = '0';
          esc[4] = kHex[c >> 4];
          esc[5] = kHex[c & 15];
          len = 6;
      }
      put(esc, len);
    }
    i += step;
    run = i;
  }
  if (s.size() > run) put(s.data() + run, s.size() - run);
}

// A quoted JSON string, as a std::string (names written many times are escaped once).
std::string json_string(std::string_view s) {
  std::string out = "\"";
  escape_json(s, [&](const char* data, size_t n) { out.append(data, n); });
  out += '"';
  return out;
}

// nlohmann's float format: shortest round-trip digits, fixed notation for decimal exponents
// in (-4, 15] with ".0" on integral values, else d.ddde±XX. Writes at most 32 bytes at `p` and
// returns the end.
char* format_double(char* p, double v) {
  auto put = [&](std::string_view text) {
    std::memcpy(p, text.data(), text.size());
    p += text.size();
  };
  if (!std::isfinite(v)) {
    put("null");
    return p;
  }
  if (v == 0) {
    put(std::signbit(v) ? "-0.0" : "0.0");
    return p;
  }
  if (v == std::floor(v) && std::fabs(v) < 1e15) {  // integral: digits and ".0"
    p = std::to_chars(p, p + 24, static_cast<int64_t>(v)).ptr;
    put(".0");
    return p;
  }
  char sci[40];
  auto r = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
  std::string_view text(sci, static_cast<size_t>(r.ptr - sci));
  if (text[0] == '-') {
    put("-");
    text.remove_prefix(1);
  }
  size_t e = text.find('e');
  char digits[24];
  int k = 0;
  for (char ch : text.substr(0, e)) {
    if (ch != '.') digits[k++] = ch;
  }
  int exp10 = 0;
  std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exp10);
  int n = exp10 + 1;  // the decimal point sits after n digits
  std::string_view all(digits, static_cast<size_t>(k));
  if (k <= n && n <= 15) {
    put(all);
    put(std::string_view("000000000000000", static_cast<size_t>(n - k)));
    put(".0");
  } else if (0 < n && n <= 15) {
    put(all.substr(0, static_cast<size_t>(n)));
    put(".");
    put(all.substr(static_cast<size_t>(n)));
  } else if (-4 < n && n <= 0) {
    put("0.");
    put(std::string_view("000", static_cast<size_t>(-n)));
    put(all);
  } else {
    put(all.substr(0, 1));
    if (k > 1) {
      put(".");
      put(all.substr(1));
    }
    int x = n - 1;
    put(x < 0 ? "e-" : "e+");
    x = std::abs(x);
    if (x < 10) put("0");
    p = std::to_chars(p, p + 4, x).ptr;
  }
  return p;
}

// A virtual time's JSON text, formatted once and copied into every slice that starts or ends
// while the clock stands still.
struct TimeText {
  char text[32] = {};
  uint32_t len = 0;

  void set(double v) { len = static_cast<uint32_t>(format_double(text, v) - text); }
};

// An integer's text that follows a counter (an event's index, its timestamp): stepping it up by
// a few costs a digit or two instead of a whole conversion.
struct IntText {
  char text[20] = {};
  uint8_t len = 0;

  void set(int64_t v) {
    len = static_cast<uint8_t>(std::to_chars(text, text + sizeof text, v).ptr - text);
  }
  // From `v` to `v + d`.
  void add(int64_t v, int64_t d) {
    if (v < 0 || d < 0 || d > 9 || len >= sizeof text - 1) {
      set(v + d);
      return;
    }
    int carry = static_cast<int>(d);
    for (int i = len - 1; carry && i >= 0; --i) {
      int c = text[i] - '0' + carry;
      text[i] = static_cast<char>('0' + c % 10);
      carry = c / 10;
    }
    if (carry) {  // 999 + 1: one more digit
      std::memmove(text + 1, text, len);
      text[0] = '1';
      ++len;
    }
  }
};

// Appends JSON text to one buffer and flushes it to the stream in large blocks. The output
// matches nlohmann::json::dump() of the same record (keys in sorted order, no spaces), which the
// tests check record by record. A record's fixed-size parts are written after one room() check.
class JsonOut {
 public:
  // The most a record writes besides its strings: the fixed text and up to 8 numbers.
  static constexpr size_t kRecordRoom = 512;

  explicit JsonOut(std::ostream& out) : out_(out), buf_(new char[kCapacity]) {}
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  ~JsonOut() { flush(); }

  // Makes room for `n` bytes of unchecked writes.
  void room(size_t n) {
    if (len_ + n > kCapacity) flush();
  }
  // A string literal (unchecked: within room()).
  template <size_t N>
  JsonOut& lit(const char (&text)[N]) {
    std::memcpy(buf_.get() + len_, text, N - 1);
    len_ += N - 1;
    return *this;
  }
  JsonOut& raw(std::string_view text) {
    put(text.data(), text.size());
    return *this;
  }
  JsonOut& str(std::string_view s) {
    put('"');
    body(s);
    put('"');
    return *this;
  }
  // The escaped text of a string, without its quotes.
  JsonOut& body(std::string_view s) {
    escape_json(s, [this](const char* data, size_t n) { put(data, n); });
    return *this;
  }
  // An integer (unchecked: within room()).
  JsonOut& num(int64_t v) {
    if (v >= 0 && v < 10) {  // most line numbers, ids and durations are short
      buf_[len_++] = static_cast<char>('0' + v);
      return *this;
    }
    len_ = static_cast<size_t>(std::to_chars(buf_.get() + len_, buf_.get() + len_ + 24, v).ptr -
                               buf_.get());
    return *this;
  }
  // A float as nlohmann writes it (unchecked: within room()).
  JsonOut& num(double v) {
    len_ = static_cast<size_t>(format_double(buf_.get() + len_, v) - buf_.get());
    return *this;
  }
  // A number's text formatted earlier (unchecked: within room()).
  template <class Text>
  JsonOut& text(const Text& n) {
    std::memcpy(buf_.get() + len_, n.text, sizeof n.text);  // fixed size: no call to memcpy
    len_ += n.len;
    return *this;
  }
  void flush() {
    out_.write(buf_.get(), static_cast<std::streamsize>(len_));
    len_ = 0;
  }

 private:
  static constexpr size_t kCapacity = 256 * 1024;

  void put(char c) {
    room(1);
    buf_[len_++] = c;
  }
  void put(const char* data, size_t n) {
    if (n == 0) return;  // an empty string_view may carry a null pointer, which memcpy forbids
    if (len_ + n > kCapacity) {
      flush();
      if (n > kCapacity) {  // a huge string goes straight to the stream
        out_.write(data, static_cast<std::streamsize>(n));
        return;
      }
    }
    std::memcpy(buf_.get() + len_, data, n);
    len_ += n;
  }

  std::ostream& out_;
  std::unique_ptr<char[]> buf_;
  size_t len_ = 0;
};

int64_t tid_of(TaskId task) {
  return int64_t{task} + 1;
}

// ---------------------------------------------------------------------------------------------
// The first pass. A task's title and whether it is loop-internal come from its TaskCreated,
// which the thread names at the top need; a flow's id counts only the wake-ups whose task began
// its next step; a counter's name depends on whether other primitives share its label.

struct TaskFacts {
  bool created = false;   // a TaskCreated gave its name (TraceModel::task_title)
  bool internal = false;  // TraceModel::is_internal
  bool finished = false;  // so far in the pass: a TaskCreated after its end changes nothing
  StrId name = StrId::empty;
  StrId coroutine = StrId::empty;
};

struct Facts {
  Registry reg;                      // task and primitive slots, as the TraceModel assigns them
  std::vector<TaskFacts> tasks;      // by task slot
  std::vector<std::string> titles;   // by task slot: the title as a JSON string
  std::vector<uint64_t> ran;         // bit r: after the r-th Ready, its task began a step
  std::vector<std::string> counter;  // by primitive slot: the counter's JSON name, "" if none
  std::vector<bool> queue;           // by primitive slot: a queue (else a semaphore)

  bool internal(TaskId id) const {
    uint32_t slot = reg.task_slot_of(id);
    return slot != kNone && tasks[slot].internal;
  }
};

Facts gather_facts(const Recorder& rec, uint32_t n) {
  Facts f;
  std::vector<uint32_t> pending;  // by task slot: its latest Ready still waiting for a step
  uint32_t readies = 0;
  size_t series = 0;  // counter series: one per primitive slot up to the last one operated on
  for (uint32_t i = 0; i < n; ++i) {
    const Event e = rec[i];
    f.reg.add(e);
    if (e.kind == EventKind::PrimitiveOp) {
      series = std::max<size_t>(series, f.reg.prim_slot_of(e.obj_id) + size_t{1});
    }
    if (e.task == 0) continue;
    uint32_t slot = f.reg.task_slot_of(e.task);
    if (slot >= f.tasks.size()) {
      f.tasks.resize(slot + 1);
      pending.resize(slot + 1, kNone);
    }
    TaskFacts& t = f.tasks[slot];
    switch (e.kind) {
      case EventKind::TaskCreated:
        if (t.finished) break;
        t.created = true;
        t.internal = e.detail != 0;
        t.name = e.text;
        t.coroutine = e.obj_label;
        break;
      case EventKind::StepEnd:
        if (e.outcome() != StepOutcome::Suspended) t.finished = true;
        break;
      case EventKind::Ready:
        if (readies % 64 == 0) f.ran.push_back(0);
        pending[slot] = readies++;
        break;
      case EventKind::StepBegin:
        if (pending[slot] != kNone) {
          f.ran[pending[slot] / 64] |= uint64_t{1} << (pending[slot] % 64);
          pending[slot] = kNone;
        }
        break;
      default:
        break;
    }
  }

  f.titles.reserve(f.tasks.size());
  for (uint32_t slot = 0; slot < f.tasks.size(); ++slot) {
    const TaskFacts& t = f.tasks[slot];
    if (!t.created) {
      f.titles.push_back(json_string("task " + std::to_string(f.reg.task_ids[slot])));
      continue;
    }
    std::string title(rec.str(t.name));
    std::string_view coro = rec.str(t.coroutine);
    if (!coro.empty()) {
      title += " (";
      title += coro;
      title += ")";
    }
    f.titles.push_back(json_string(title));
  }

  // Counter names must be unique per primitive: add the id where labels repeat.
  std::map<std::string_view, int> label_uses;
  for (size_t slot = 0; slot < series; ++slot) label_uses[rec.str(f.reg.prims[slot].label)]++;
  f.counter.resize(series);
  f.queue.resize(series);
  for (size_t slot = 0; slot < series; ++slot) {
    const PrimitiveInfo& p = f.reg.prims[slot];
    if (p.type != ObjKind::Queue && p.type != ObjKind::Semaphore) continue;
    std::string label(rec.str(p.label));
    if (label.empty() || label_uses[label] > 1) label += " #" + std::to_string(p.id);
    f.counter[slot] = json_string(label);
    f.queue[slot] = p.type == ObjKind::Queue;
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// The streaming pass. It mirrors StateMachine::apply (trace_state.cpp) for the fields the lanes
// show and TimelineBuilder (timeline.cpp) for when a lane's segment changes, writing each
// segment as a slice when it closes.

// A lane's open segment, with its start's time and the texts of its start.
struct OpenSegment {
  Segment s;
  int64_t ts = 0;
  double vtime = 0;
  IntText start_text, ts_text;
};

// A tid's text, copied into each of the lane's records.
struct TidText {
  char text[12] = {};
  uint8_t len = 0;
  explicit TidText(TaskId task = 0) {
    len = static_cast<uint8_t>(std::to_chars(text, text + sizeof text, tid_of(task)).ptr - text);
  }
};

// What the pass keeps of one task: the part of TaskInfo its lane shows, its lane's open
// segment, and the flow of its latest wake-up until its next step begins.
struct TaskLane {
  TaskState state = TaskState::NotStarted;
  bool queued = false;  // its step is in the ready queue
  bool has_open = false;
  bool ended = false;  // its end is written; the lane shows nothing more
  WakerKind woken_by_kind = WakerKind::None;
  ObjKind woken_via_kind = ObjKind::None;
  ObjKind awaiting_kind = ObjKind::None;
  uint32_t woken_by_id = 0;
  StrId woken_via = StrId::empty;
  uint32_t awaiting_id = 0;
  StrId awaiting = StrId::empty;
  uint32_t line = 0;
  uint32_t steps = 0;
  StrId outcome = StrId::empty;
  OpenSegment open;
  uint32_t flow_id = 0;  // 0: no flow pending
  TaskId flow_lane = 0;  // where the flow starts
  int64_t flow_ts = 0;
  TidText tid;
};

inline bool same_state(const Segment& a, const Segment& b) {
  return a.state == b.state && a.label == b.label && a.id == b.id && a.obj_kind == b.obj_kind &&
         a.waker == b.waker && (a.state == LaneState::Running || a.line == b.line);
}

class ChromeWriter {
 public:
  ChromeWriter(const Recorder& rec, uint32_t n, const Facts& facts, std::ostream& out)
      : rec_(rec), n_(n), f_(facts), w_(out), tasks_(facts.tasks.size()) {
    for (uint32_t slot = 0; slot < tasks_.size(); ++slot) {
      tasks_[slot].tid = TidText(facts.reg.task_ids[slot]);
    }
    loop_.s = {0, kNone, StrId::empty, 0, 0, LaneState::LoopScheduling};
    if (n != 0) {  // the loop lane's first segment starts at event 0
      loop_.ts = ChromeClock().next(rec.vtime(0));
      loop_.vtime = rec.vtime(0);
      loop_.start_text.set(int64_t{0});
      loop_.ts_text.set(loop_.ts);
    }
  }

  void run() {
    w_.room(JsonOut::kRecordRoom);
    w_.lit("{\"traceEvents\":[\n{\"args\":{\"name\":\"awaitlab\"},\"name\":\"process_name\",")
        .lit("\"ph\":\"M\",\"pid\":1}");
    write_thread(0, 0, "\"event loop\"");
    for (uint32_t slot = 0; slot < tasks_.size(); ++slot) {
      if (f_.tasks[slot].internal) continue;
      write_thread(f_.reg.task_ids[slot], slot + 1, f_.titles[slot]);
    }
    ChromeClock clock;
    for (uint32_t i = 0; i < n_; ++i) {
      const Event e = rec_[i];
      int64_t ts = clock.next(e.vtime);
      if (i == 0) {
        index_text_.set(int64_t{0});
        ts_text_.set(ts);
      } else {
        index_text_.add(i - 1, 1);
        ts_text_.add(ts_, ts - ts_);
      }
      ts_ = ts;
      if (i == 0 || e.vtime != vtime_) vtime_text_.set(e.vtime);
      vtime_ = e.vtime;
      apply(e);
    }
    finish();
  }

 private:
  void open_record() {
    w_.room(JsonOut::kRecordRoom);
    w_.lit(",\n{");
  }

  void write_thread(TaskId task, uint32_t lane, std::string_view title) {
    int64_t tid = tid_of(task);
    open_record();
    w_.lit("\"args\":{\"name\":").raw(title);
    w_.room(JsonOut::kRecordRoom);
    w_.lit("},\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":").num(tid).lit("}");
    open_record();
    w_.lit("\"args\":{\"sort_index\":").num(int64_t{lane});
    w_.lit("},\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":").num(tid).lit("}");
  }

  // An X slice for segment `o` ending at event `end`, at `end_ts`.
  void write_slice(const OpenSegment& o, const TidText& tid, bool loop, const IntText& end,
                   int64_t end_ts, const TimeText& end_vtime) {
    // "<state>","vtime":[ for each LaneState.
    static constexpr std::string_view kStates[] = {
        "not started\",\"vtime\":[", "ready\",\"vtime\":[",      "running\",\"vtime\":[",
        "waiting\",\"vtime\":[",     "scheduling\",\"vtime\":[", "task\",\"vtime\":[",
        "callback\",\"vtime\":[",    "idle\",\"vtime\":["};
    const Segment& s = o.s;
    open_record();
    w_.lit("\"args\":{\"events\":[").text(o.start_text).lit(",").text(end).lit("],");
    if (s.line) w_.lit("\"line\":").num(int64_t{s.line}).lit(",");
    w_.lit("\"state\":\"").raw(kStates[static_cast<size_t>(s.state)]);
    if (o.vtime == vtime_) {  // usually: virtual time stands still for most events
      w_.text(vtime_text_);
    } else {
      w_.num(o.vtime);
    }
    w_.lit(",").text(end_vtime);
    if (loop) {
      w_.lit("]},\"cat\":\"loop\",\"dur\":");
    } else {
      w_.lit("]},\"cat\":\"task\",\"dur\":");
    }
    w_.num(end_ts - o.ts);
    switch (s.state) {
      case LaneState::NotStarted:
        w_.lit(",\"name\":\"created\"");
        break;
      case LaneState::Ready:
        w_.lit(",\"name\":\"ready\"");
        break;
      case LaneState::Running:
        w_.lit(",\"name\":\"running\"");
        break;
      case LaneState::Waiting:
        if (s.label == StrId::empty) {
          w_.lit(",\"name\":\"waiting\"");
        } else {
          w_.lit(",\"name\":\"waiting: ").body(rec_.str(s.label)).raw("\"");
        }
        break;
      case LaneState::LoopScheduling:
        w_.lit(",\"name\":\"scheduling\"");
        break;
      case LaneState::LoopTask:
        w_.lit(",\"name\":");
        write_title(s.id);
        break;
      case LaneState::LoopCallback: {
        w_.lit(",\"name\":");
        std::string_view label = rec_.str(s.label);
        if (label.empty()) {
          w_.raw("\"callback #").raw(std::to_string(s.id)).raw("\"");
        } else {
          w_.str(label);
        }
        break;
      }
      case LaneState::LoopIdle:
        w_.lit(",\"name\":\"idle\"");
        break;
    }
    w_.room(JsonOut::kRecordRoom);
    w_.lit(",\"ph\":\"X\",\"pid\":1,\"tid\":").text(tid).lit(",\"ts\":").text(o.ts_text).lit("}");
  }

  void write_title(TaskId task) {
    uint32_t slot = f_.reg.task_slot_of(task);
    if (slot == kNone) {
      w_.str("task " + std::to_string(task));
    } else {
      w_.raw(f_.titles[slot]);
    }
  }

  // TimelineBuilder::change: closes the open segment at the current event and opens `next`,
  // unless nothing changed.
  void change(OpenSegment& o, bool& has_open, const Segment& next, const TidText& tid, bool loop) {
    if (has_open && same_state(o.s, next)) return;
    if (has_open) {
      write_slice(o, tid, loop, index_text_, ts_, vtime_text_);
    }
    // Field by field: a whole-struct copy would load `next`'s bytes, just stored one by one,
    // as wider words, which stalls store forwarding on every segment.
    o.s.start = index_;
    o.s.label = next.label;
    o.s.id = next.id;
    o.s.line = next.line;
    o.s.state = next.state;
    o.s.obj_kind = next.obj_kind;
    o.s.waker = next.waker;
    o.ts = ts_;
    o.vtime = vtime_;
    o.start_text = index_text_;
    o.ts_text = ts_text_;
    has_open = true;
  }

  void apply(const Event& e) {
    index_ = e.index;
    TaskLane* t = nullptr;
    uint32_t slot = kNone;
    bool finished = false;  // the task had ended before this event (StateMachine::apply)
    if (e.task != 0) {
      slot = f_.reg.task_slot_of(e.task);
      t = &tasks_[slot];
      finished = is_finished(t->state);
    }
    switch (e.kind) {
      case EventKind::TaskCreated:
        if (!finished) t->state = TaskState::NotStarted;
        break;
      case EventKind::StepBegin:
        running_ = e.task;
        if (finished || t == nullptr) break;
        t->state = TaskState::Running;
        t->steps++;
        t->queued = false;
        t->woken_by_kind = WakerKind::None;
        t->woken_by_id = 0;
        t->woken_via = StrId::empty;
        t->woken_via_kind = ObjKind::None;
        break;
      case EventKind::StepEnd:
        running_ = 0;
        if (t == nullptr || finished) break;
        t->line = e.line;
        switch (e.outcome()) {
          case StepOutcome::Suspended:
            if (t->queued) {
              t->state = TaskState::Ready;
              break;
            }
            t->state = TaskState::Waiting;
            t->awaiting_kind = e.obj_kind;
            t->awaiting_id = e.obj_id;
            t->awaiting = e.obj_label;
            break;
          case StepOutcome::Finished:
            t->state = TaskState::Done;
            break;
          case StepOutcome::Failed:
            t->state = TaskState::Failed;
            break;
          default:
            t->state = TaskState::Cancelled;
            break;
        }
        if (e.outcome() != StepOutcome::Suspended) t->outcome = e.text;
        break;
      case EventKind::Ready:
        if (t == nullptr || finished) break;
        t->queued = true;
        t->woken_by_kind = e.waker_kind;
        t->woken_by_id = e.waker_id;
        t->woken_via = e.obj_label;
        t->woken_via_kind = e.obj_kind;
        if (t->state == TaskState::Running) break;
        t->state = TaskState::Ready;
        t->awaiting_kind = ObjKind::None;
        t->awaiting_id = 0;
        t->awaiting = StrId::empty;
        break;
      default:
        break;
    }
    advance_loop_activity(e, activity_, activity_id_);

    // The event loop's lane.
    Segment loop = loop_segment(activity_, activity_id_, e, loop_.s.label);
    bool loop_open = true;
    change(loop_, loop_open, loop, loop_tid_, true);

    if (t != nullptr && e.kind == EventKind::Ready) {
      // A flow for each wake-up whose task begins its next step, numbered in Ready order. The
      // arrow starts on a lane active at that instant: the running task, else the loop.
      bool ran = (f_.ran[readies_ / 64] >> (readies_ % 64)) & 1;
      ++readies_;
      bool shown = ran && !f_.tasks[slot].internal && !f_.internal(running_);
      t->flow_id = shown ? ++flows_ : 0;
      t->flow_lane = running_;
      t->flow_ts = ts_ + 1;
    }
    if (t != nullptr && !f_.tasks[slot].internal) task_lane(e, *t);

    if (e.kind == EventKind::Diagnostic) {
      open_record();
      w_.lit("\"args\":{");
      if (e.line) w_.lit("\"line\":").num(int64_t{e.line}).lit(",");
      w_.lit("\"message\":").str(rec_.str(e.text));
      w_.room(JsonOut::kRecordRoom);
      w_.lit("},\"cat\":\"diagnostic\",\"name\":\"").raw(name(e.diag()));
      w_.lit("\",\"ph\":\"i\",\"pid\":1,\"s\":\"t\",\"tid\":");
      w_.num(tid_of(f_.internal(e.task) ? 0 : e.task)).lit(",\"ts\":").text(ts_text_).lit("}");
    } else if (e.kind == EventKind::PrimitiveOp) {
      uint32_t p = f_.reg.prim_slot_of(e.obj_id);
      if (!f_.counter[p].empty()) {
        open_record();
        w_.lit("\"args\":");
        if (f_.queue[p]) {
          w_.lit("{\"size\":");
        } else {
          w_.lit("{\"value\":");
        }
        w_.num(e.num).lit("},\"cat\":\"primitive\",\"name\":").raw(f_.counter[p]);
        w_.room(JsonOut::kRecordRoom);
        w_.lit(",\"ph\":\"C\",\"pid\":1,\"ts\":").text(ts_text_).lit("}");
      }
    }
  }

  // TimelineBuilder::add_task for a task that is not loop-internal.
  void task_lane(const Event& e, TaskLane& t) {
    if (e.kind == EventKind::StepBegin && t.flow_id != 0) {
      open_record();
      w_.lit("\"cat\":\"wakeup\",\"id\":").num(int64_t{t.flow_id});
      w_.lit(",\"name\":\"wakeup\",\"ph\":\"s\",\"pid\":1,\"tid\":").num(tid_of(t.flow_lane));
      w_.lit(",\"ts\":").num(t.flow_ts).lit("}");
      open_record();
      w_.lit("\"bp\":\"e\",\"cat\":\"wakeup\",\"id\":").num(int64_t{t.flow_id});
      w_.lit(",\"name\":\"wakeup\",\"ph\":\"f\",\"pid\":1,\"tid\":").text(t.tid);
      w_.lit(",\"ts\":").num(ts_ + 1).lit("}");
      t.flow_id = 0;
    }

    if (t.ended) return;
    if (is_finished(t.state)) {
      if (t.has_open) {
        if (t.open.s.state == LaneState::Running) t.open.s.line = e.line;
        write_slice(t.open, t.tid, false, index_text_, ts_, vtime_text_);
        t.has_open = false;
      }
      t.ended = true;
      open_record();
      w_.lit("\"args\":{");
      if (t.line) w_.lit("\"line\":").num(int64_t{t.line}).lit(",");
      w_.lit("\"result\":").str(rec_.str(t.outcome));
      w_.room(JsonOut::kRecordRoom);
      w_.lit("},\"cat\":\"task\",\"name\":\"").raw(name(t.state));
      w_.lit("\",\"ph\":\"i\",\"pid\":1,\"s\":\"t\",\"tid\":").text(t.tid);
      w_.lit(",\"ts\":").text(ts_text_).lit("}");
      return;
    }
    Segment next = task_segment(t);
    if (e.kind == EventKind::StepEnd && t.has_open && t.open.s.state == LaneState::Running) {
      t.open.s.line = e.line;
    }
    change(t.open, t.has_open, next, t.tid, false);
  }

  // The segments still open, then the closing text.
  void finish() {
    if (n_ != 0) {
      IntText last;  // open segments run to the last event, and 2 µs past it
      last.set(int64_t{n_ - 1});
      int64_t end_ts = ts_ + 2;
      write_slice(loop_, loop_tid_, true, last, end_ts, vtime_text_);
      for (const TaskLane& t : tasks_) {
        if (t.has_open) write_slice(t.open, t.tid, false, last, end_ts, vtime_text_);
      }
    }
    w_.room(JsonOut::kRecordRoom);
    w_.lit("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"awaitlab\",\"events\":");
    w_.num(int64_t{n_}).lit("}}\n");
  }

  const Recorder& rec_;
  uint32_t n_;
  const Facts& f_;
  JsonOut w_;
  std::vector<TaskLane> tasks_;  // by task slot
  OpenSegment loop_;
  TidText loop_tid_;
  TaskId running_ = 0;
  LoopActivity activity_ = LoopActivity::Scheduling;
  uint32_t activity_id_ = 0;
  uint32_t index_ = 0;  // the current event, its timestamp and virtual time, and their texts
  int64_t ts_ = 0;
  double vtime_ = 0;
  IntText index_text_, ts_text_;
  TimeText vtime_text_;
  uint32_t readies_ = 0;  // Ready events of tasks so far
  uint32_t flows_ = 0;    // flow ids given so far
};

}  // namespace

int64_t ChromeClock::next(double vtime) {
  // Virtual time stands still for most events: round only when it moves.
  int64_t us = started_ && vtime == previous_vtime_ ? previous_us_ : std::llround(vtime * 1e6);
  previous_vtime_ = vtime;
  ts_ = started_ ? ts_ + std::max<int64_t>(2, us - previous_us_) : us;
  started_ = true;
  previous_us_ = us;
  return ts_;
}

void write_chrome_trace(const Recorder& rec, std::ostream& out, uint32_t count) {
  uint32_t n = std::min(count, rec.size());
  Facts facts = gather_facts(rec, n);
  ChromeWriter(rec, n, facts, out).run();
}

std::string chrome_trace_json(const Recorder& rec, uint32_t count) {
  std::ostringstream out;
  write_chrome_trace(rec, out, count);
  return out.str();
}

void write_chrome_trace(const TraceModel& model, std::ostream& out) {
  write_chrome_trace(model.recorder(), out, model.size());
}

std::string chrome_trace_json(const TraceModel& model) {
  return chrome_trace_json(model.recorder(), model.size());
}

}  // namespace al::trace
