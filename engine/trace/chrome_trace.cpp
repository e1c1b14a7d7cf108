// Sections: JSON writing (escaping, numbers, a buffered record writer) · slice names and the
// time axis · write_chrome_trace.
#include "engine/trace/chrome_trace.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "engine/trace/trace_model.h"

namespace al::trace {

namespace {

constexpr int64_t kSyntheticStep = 2;  // µs per event where virtual time stands still

int64_t tid_of(TaskId task) {
  return int64_t{task} + 1;
}

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

// Appends JSON text to one buffer and flushes it to the stream in large blocks. The output
// matches nlohmann::json::dump() of the same record (keys in sorted order, no spaces, control
// characters as \u00xx, invalid UTF-8 replaced by U+FFFD), which the previous exporter used.
class JsonOut {
 public:
  explicit JsonOut(std::ostream& out) : out_(out), buf_(new char[kCapacity]) {}
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  ~JsonOut() { flush(); }

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
    size_t run = 0;  // start of the bytes that need no escaping
    for (size_t i = 0; i < s.size();) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      put(s.data() + run, i - run);
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
        escape(static_cast<char>(c));
      }
      i += step;
      run = i;
    }
    put(s.data() + run, s.size() - run);
    return *this;
  }
  JsonOut& num(int64_t v) {
    reserve(24);
    if (v >= 0 && v < 10) {  // most line numbers, ids and durations are short
      buf_[len_++] = static_cast<char>('0' + v);
      return *this;
    }
    len_ = static_cast<size_t>(std::to_chars(buf_.get() + len_, buf_.get() + len_ + 24, v).ptr -
                               buf_.get());
    return *this;
  }
  // nlohmann's float format: shortest round-trip digits, fixed notation for decimal exponents
  // in (-4, 15] with ".0" on integral values, else d.ddde±XX.
  JsonOut& num(double v) {
    if (!std::isfinite(v)) return raw("null");
    if (v == 0) return raw(std::signbit(v) ? "-0.0" : "0.0");
    if (v == std::floor(v) && std::fabs(v) < 1e15) {  // integral: digits and ".0"
      num(static_cast<int64_t>(v));
      return raw(".0");
    }
    char sci[40];
    auto r = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
    std::string_view text(sci, static_cast<size_t>(r.ptr - sci));
    if (text[0] == '-') {
      put('-');
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
    auto zeros = [&](int count) {
      for (int z = 0; z < count; ++z) put('0');
    };
    if (k <= n && n <= 15) {
      put(digits, static_cast<size_t>(k));
      zeros(n - k);
      raw(".0");
    } else if (0 < n && n <= 15) {
      put(digits, static_cast<size_t>(n));
      put('.');
      put(digits + n, static_cast<size_t>(k - n));
    } else if (-4 < n && n <= 0) {
      raw("0.");
      zeros(-n);
      put(digits, static_cast<size_t>(k));
    } else {
      put(digits[0]);
      if (k > 1) {
        put('.');
        put(digits + 1, static_cast<size_t>(k - 1));
      }
      int x = n - 1;
      raw(x < 0 ? "e-" : "e+");
      x = std::abs(x);
      if (x < 10) put('0');
      num(int64_t{x});
    }
    return *this;
  }
  void flush() {
    out_.write(buf_.get(), static_cast<std::streamsize>(len_));
    len_ = 0;
  }

 private:
  static constexpr size_t kCapacity = 64 * 1024;

  void reserve(size_t n) {
    if (len_ + n > kCapacity) flush();
  }
  void put(char c) {
    reserve(1);
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
  void escape(char c) {
    switch (c) {
      case '"':
        raw("\\\"");
        return;
      case '\\':
        raw("\\\\");
        return;
      case '\b':
        raw("\\b");
        return;
      case '\f':
        raw("\\f");
        return;
      case '\n':
        raw("\\n");
        return;
      case '\r':
        raw("\\r");
        return;
      case '\t':
        raw("\\t");
        return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        auto u = static_cast<unsigned char>(c);
        const char esc[] = {'\\', 'u', '0', '0', kHex[u >> 4], kHex[u & 15]};
        put(esc, sizeof esc);
      }
    }
  }

  std::ostream& out_;
  std::unique_ptr<char[]> buf_;
  size_t len_ = 0;
};

std::string slice_name(const TraceModel& model, const Segment& s) {
  std::string label(model.str(s.label));
  switch (s.state) {
    case LaneState::NotStarted:
      return "created";
    case LaneState::Ready:
      return "ready";
    case LaneState::Running:
      return "running";
    case LaneState::Waiting:
      return label.empty() ? "waiting" : "waiting: " + label;
    case LaneState::LoopScheduling:
      return "scheduling";
    case LaneState::LoopTask:
      return model.task_title(s.id);
    case LaneState::LoopCallback:
      return label.empty() ? "callback #" + std::to_string(s.id) : label;
    case LaneState::LoopIdle:
      return "idle";
  }
  return "?";
}

// Writes a slice name without building a string for the constant ones; task titles (the loop
// lane names a task per step) are built once per task.
void write_slice_name(JsonOut& w, const TraceModel& model, const Segment& s,
                      std::unordered_map<TaskId, std::string>& titles) {
  switch (s.state) {
    case LaneState::LoopTask: {
      auto [it, added] = titles.try_emplace(s.id);
      if (added) it->second = model.task_title(s.id);
      w.str(it->second);
      return;
    }
    case LaneState::NotStarted:
      w.raw("\"created\"");
      return;
    case LaneState::Ready:
      w.raw("\"ready\"");
      return;
    case LaneState::Running:
      w.raw("\"running\"");
      return;
    case LaneState::LoopScheduling:
      w.raw("\"scheduling\"");
      return;
    case LaneState::LoopIdle:
      w.raw("\"idle\"");
      return;
    case LaneState::Waiting:
      if (s.label == StrId::empty) {
        w.raw("\"waiting\"");
      } else {
        w.raw("\"waiting: ").body(model.str(s.label)).raw("\"");
      }
      return;
    default:
      w.str(slice_name(model, s));
  }
}

}  // namespace

std::vector<int64_t> chrome_timestamps(const TraceModel& model) {
  std::vector<int64_t> ts(model.size());
  int64_t previous_us = 0;
  for (uint32_t i = 0; i < model.size(); ++i) {
    int64_t us = std::llround(model.time_at(i) * 1e6);
    ts[i] = i == 0 ? us : ts[i - 1] + std::max(kSyntheticStep, us - previous_us);
    previous_us = us;
  }
  return ts;
}

void write_chrome_trace(const TraceModel& model, std::ostream& out) {
  uint32_t n = model.size();
  // Each event's µs timestamp and virtual time side by side: slices look both up for events
  // spread over the whole trace, and this touches one cache line instead of two events'.
  struct Times {
    int64_t ts;
    double vtime;
  };
  std::vector<Times> times(n);
  {
    std::vector<int64_t> ts = chrome_timestamps(model);
    for (uint32_t i = 0; i < n; ++i) times[i] = {ts[i], model.time_at(i)};
  }
  int64_t trace_end = n ? times[n - 1].ts + kSyntheticStep : 0;
  double last_vtime = n ? times[n - 1].vtime : 0;
  auto end_ts = [&](uint32_t index) { return index == kNone ? trace_end : times[index].ts; };

  JsonOut w(out);
  bool first = true;
  // Opens a record: the separator before it and its opening brace.
  auto open = [&] {
    w.raw(first ? "\n{" : ",\n{");
    first = false;
  };
  w.raw("{\"traceEvents\":[");
  open();
  w.raw("\"args\":{\"name\":\"awaitlab\"},\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1}");
  const auto& lanes = model.lanes();
  std::unordered_map<TaskId, std::string> titles;
  for (size_t k = 0; k < lanes.size(); ++k) {
    if (model.is_internal(lanes[k].task)) continue;
    int64_t tid = tid_of(lanes[k].task);
    open();
    w.raw("\"args\":{\"name\":")
        .str(k == 0 ? std::string("event loop") : model.task_title(lanes[k].task));
    w.raw("},\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":").num(tid).raw("}");
    open();
    w.raw("\"args\":{\"sort_index\":").num(static_cast<int64_t>(k));
    w.raw("},\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":").num(tid).raw("}");
  }

  for (size_t k = 0; k < lanes.size(); ++k) {
    const Lane& lane = lanes[k];
    if (model.is_internal(lane.task)) continue;
    int64_t tid = tid_of(lane.task);
    std::string_view cat = k == 0 ? "\"loop\"" : "\"task\"";
    for (const Segment& s : lane.segments) {
      open();
      w.raw("\"args\":{\"events\":[").num(int64_t{s.start}).raw(",");
      w.num(int64_t{s.end == kNone ? n - 1 : s.end}).raw("],");
      if (s.line) w.raw("\"line\":").num(int64_t{s.line}).raw(",");
      const Times& start = times[s.start];
      w.raw("\"state\":\"").raw(name(s.state)).raw("\",\"vtime\":[").num(start.vtime);
      w.raw(",").num(s.end == kNone ? last_vtime : times[s.end].vtime).raw("]},\"cat\":").raw(cat);
      w.raw(",\"dur\":").num(end_ts(s.end) - start.ts).raw(",\"name\":");
      write_slice_name(w, model, s, titles);
      w.raw(",\"ph\":\"X\",\"pid\":1,\"tid\":").num(tid).raw(",\"ts\":").num(start.ts).raw("}");
    }
    if (lane.end.index != kNone) {
      open();
      w.raw("\"args\":{");
      if (lane.end.line) w.raw("\"line\":").num(int64_t{lane.end.line}).raw(",");
      w.raw("\"result\":").str(model.str(lane.end.text));
      w.raw("},\"cat\":\"task\",\"name\":").str(name(lane.end.state));
      w.raw(",\"ph\":\"i\",\"pid\":1,\"s\":\"t\",\"tid\":").num(tid);
      w.raw(",\"ts\":").num(times[lane.end.index].ts).raw("}");
    }
  }

  for (uint32_t index : model.diagnostics()) {
    const Event& e = model.event(index);
    open();
    w.raw("\"args\":{");
    if (e.line) w.raw("\"line\":").num(int64_t{e.line}).raw(",");
    w.raw("\"message\":").str(model.str(e.text));
    w.raw("},\"cat\":\"diagnostic\",\"name\":").str(name(e.diag()));
    w.raw(",\"ph\":\"i\",\"pid\":1,\"s\":\"t\",\"tid\":");
    w.num(tid_of(model.is_internal(e.task) ? 0 : e.task));
    w.raw(",\"ts\":").num(times[index].ts).raw("}");
  }

  // Counter names must be unique per primitive: add the id where labels repeat.
  std::map<std::string, int> label_uses;
  for (const CounterSeries& c : model.counters()) label_uses[std::string(model.str(c.label))]++;
  for (const CounterSeries& c : model.counters()) {
    if (c.type != ObjKind::Queue && c.type != ObjKind::Semaphore) continue;
    std::string label(model.str(c.label));
    if (label.empty() || label_uses[label] > 1) label += " #" + std::to_string(c.id);
    std::string_view key = c.type == ObjKind::Queue ? "{\"size\":" : "{\"value\":";
    for (const CounterPoint& p : c.points) {
      open();
      w.raw("\"args\":").raw(key).num(p.value).raw("},\"cat\":\"primitive\",\"name\":").str(label);
      w.raw(",\"ph\":\"C\",\"pid\":1,\"ts\":").num(times[p.index].ts).raw("}");
    }
  }

  int64_t flow_id = 0;
  for (const WakeEdge& edge : model.wake_edges()) {
    if (edge.to_index == kNone) continue;
    if (model.is_internal(edge.to_task) || model.is_internal(edge.from_lane)) continue;
    ++flow_id;
    open();
    w.raw("\"cat\":\"wakeup\",\"id\":").num(flow_id);
    w.raw(",\"name\":\"wakeup\",\"ph\":\"s\",\"pid\":1,\"tid\":").num(tid_of(edge.from_lane));
    w.raw(",\"ts\":").num(times[edge.from_index].ts + 1).raw("}");
    open();
    w.raw("\"bp\":\"e\",\"cat\":\"wakeup\",\"id\":").num(flow_id);
    w.raw(",\"name\":\"wakeup\",\"ph\":\"f\",\"pid\":1,\"tid\":").num(tid_of(edge.to_task));
    w.raw(",\"ts\":").num(times[edge.to_index].ts + 1).raw("}");
  }

  w.raw("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"awaitlab\",\"events\":");
  w.num(int64_t{n}).raw("}}\n");
}

std::string chrome_trace_json(const TraceModel& model) {
  std::ostringstream out;
  write_chrome_trace(model, out);
  return out.str();
}

}  // namespace al::trace
