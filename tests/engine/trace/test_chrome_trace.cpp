// Chrome Trace Event JSON: parsed back with nlohmann and checked against the rules of DESIGN.md
// §6 and the Trace Event Format (flows bound to slices, integer tids, named threads, ...).
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/trace/scenarios.h"
#include "tests/engine/trace/sim.h"

using namespace al::trace;
using nlohmann::json;

namespace {

struct Stats {
  size_t slices = 0;
  size_t flows = 0;
  size_t counters = 0;
  size_t instants = 0;
  std::map<int64_t, std::string> thread_names;
};

// Every rule the export promises; returns counts for exact checks.
Stats check_chrome_json(const std::string& text) {
  json doc = json::parse(text);  // throws on invalid JSON
  REQUIRE(doc.is_object());
  REQUIRE(doc["traceEvents"].is_array());
  Stats st;
  struct Slice {
    int64_t ts, dur;
  };
  std::map<int64_t, std::vector<Slice>> slices;  // by tid
  std::map<uint64_t, json> starts;               // flow id → its s event
  std::vector<json> flow_points;
  std::set<int64_t> sort_index_tids;
  int64_t last_ts = -1;
  for (const json& e : doc["traceEvents"]) {
    REQUIRE(e["ph"].is_string());
    REQUIRE(e["pid"].is_number_integer());
    std::string ph = e["ph"];
    if (e.contains("tid")) {
      REQUIRE(e["tid"].is_number_integer());
      REQUIRE(e["tid"].get<int64_t>() > 0);
    }
    if (ph != "M") {
      REQUIRE(e["ts"].is_number_integer());
      REQUIRE(e["ts"].get<int64_t>() >= 0);
      REQUIRE(e["name"].is_string());
      last_ts = std::max(last_ts, e["ts"].get<int64_t>());
    }
    if (ph == "M") {
      if (e["name"] == "thread_name") {
        int64_t tid = e["tid"];
        REQUIRE_FALSE(st.thread_names.count(tid));
        st.thread_names[tid] = e["args"]["name"];
      } else if (e["name"] == "thread_sort_index") {
        sort_index_tids.insert(e["tid"].get<int64_t>());
      }
    } else if (ph == "X") {
      REQUIRE(e["dur"].is_number_integer());
      REQUIRE(e["dur"].get<int64_t>() >= 1);
      REQUIRE(e["cat"].is_string());
      slices[e["tid"]].push_back({e["ts"], e["dur"]});
      ++st.slices;
    } else if (ph == "s") {
      REQUIRE(e["id"].is_number_integer());
      uint64_t id = e["id"];
      REQUIRE_FALSE(starts.count(id));  // unique ids
      starts[id] = e;
      flow_points.push_back(e);
    } else if (ph == "f") {
      REQUIRE(e["bp"] == "e");
      uint64_t id = e["id"];
      REQUIRE(starts.count(id));  // an earlier s with the same id
      const json& s = starts[id];
      REQUIRE(s["cat"] == e["cat"]);
      REQUIRE(s["name"] == e["name"]);
      REQUIRE(s["ts"].get<int64_t>() < e["ts"].get<int64_t>());
      flow_points.push_back(e);
      ++st.flows;
    } else if (ph == "C") {
      REQUIRE(e["args"].is_object());
      for (const auto& [key, value] : e["args"].items()) REQUIRE(value.is_number());
      ++st.counters;
    } else if (ph == "i") {
      REQUIRE(e["s"] == "t");
      ++st.instants;
    } else {
      FAIL("unexpected phase " << ph);
    }
  }
  REQUIRE(st.flows == starts.size());
  // Slices of one thread do not overlap.
  for (auto& [tid, list] : slices) {
    REQUIRE(st.thread_names.count(tid));
    REQUIRE(sort_index_tids.count(tid));
    std::sort(list.begin(), list.end(), [](const Slice& a, const Slice& b) { return a.ts < b.ts; });
    for (size_t i = 1; i < list.size(); ++i)
      REQUIRE(list[i - 1].ts + list[i - 1].dur <= list[i].ts);
  }
  // Each flow point lies strictly inside a slice on its thread.
  for (const json& p : flow_points) {
    int64_t tid = p["tid"], ts = p["ts"];
    const auto& list = slices[tid];
    auto it = std::upper_bound(list.begin(), list.end(), ts,
                               [](int64_t t, const Slice& s) { return t < s.ts; });
    REQUIRE(it != list.begin());
    const Slice& s = *std::prev(it);
    INFO("flow point at " << ts << " on tid " << tid);
    REQUIRE(s.ts < ts);
    REQUIRE(ts < s.ts + s.dur);
  }
  return st;
}

// The time axis of a trace (ChromeClock over every event).
std::vector<int64_t> chrome_timestamps(const Recorder& rec) {
  ChromeClock clock;
  std::vector<int64_t> ts;
  for (uint32_t i = 0; i < rec.size(); ++i) ts.push_back(clock.next(rec.vtime(i)));
  return ts;
}

}  // namespace

TEST_CASE("chrome trace of the ping-pong", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_ping_pong(rec);
  TraceModel model(rec);

  // No virtual time passes: 2 µs per event.
  std::vector<int64_t> ts = chrome_timestamps(rec);
  REQUIRE(ts.size() == 34);
  REQUIRE(ts[0] == 0);
  REQUIRE(ts[1] == 2);
  REQUIRE(ts[33] == 66);

  std::string text = chrome_trace_json(model);
  Stats st = check_chrome_json(text);
  REQUIRE(st.thread_names == std::map<int64_t, std::string>{{1, "event loop"},
                                                            {2, "Task-1 (main)"},
                                                            {3, "Task-2 (producer)"},
                                                            {4, "Task-3 (consumer)"}});
  REQUIRE(st.slices == 15 + 6 + 6 + 6);  // loop lane + three task lanes
  REQUIRE(st.flows == 6);
  REQUIRE(st.counters == 6);
  REQUIRE(st.instants == 3);  // three "done" marks

  json doc = json::parse(text);
  const json* waiting = nullptr;
  for (const json& e : doc["traceEvents"]) {
    if (e["ph"] == "X" && e["tid"] == 3 && e["ts"] == 24) waiting = &e;
  }
  REQUIRE(waiting != nullptr);
  REQUIRE((*waiting)["name"] == "waiting: Queue.put q");
  REQUIRE((*waiting)["dur"] == 6);  // events 12 → 15
  REQUIRE((*waiting)["args"]["line"] == 5);
  REQUIRE((*waiting)["args"]["events"] == json::array({12, 15}));
}

TEST_CASE("chrome timestamps follow virtual time and add 2 µs per standing event", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_lock_with_three_waiters(rec);
  TraceModel model(rec);
  std::vector<int64_t> ts = chrome_timestamps(rec);
  REQUIRE(ts[26] == 52);            // 27 events at t=0
  REQUIRE(ts[27] == 52 + 1000000);  // the clock jumps one virtual second
  REQUIRE(ts[28] == 52 + 1000000 + 2);
  Stats st = check_chrome_json(chrome_trace_json(model));
  REQUIRE(st.flows == 7);  // main, four workers created, the timer wake, the lock release
}

TEST_CASE("chrome export of cancelled and failed tasks, diagnostics, odd strings", "[trace]") {
  Recorder rec(test::deterministic());
  test::record_cancelled_task(rec);
  rec.diagnostic(DiagKind::UncaughtException, "ValueError: \xff bad byte", 1, {3, 0});
  TraceModel model(rec);
  std::string text = chrome_trace_json(model);
  Stats st = check_chrome_json(text);
  REQUIRE(st.instants == 3);  // done, cancelled, the diagnostic
  REQUIRE(text.find("\"cancelled\"") != std::string::npos);
  REQUIRE(text.find("ValueError: \xef\xbf\xbd bad byte") != std::string::npos);  // U+FFFD
}

TEST_CASE("chrome export of random traces obeys every rule", "[trace]") {
  for (uint64_t seed = 1; seed <= 12; ++seed) {
    Recorder rec(test::deterministic());
    test::Sim(rec, seed, 8).run(3000);
    TraceModel model(rec);
    INFO("seed " << seed);
    Stats st = check_chrome_json(chrome_trace_json(model));
    size_t ran = 0;
    for (const WakeEdge& e : model.wake_edges()) ran += e.to_index != kNone;
    REQUIRE(st.flows == ran);
    REQUIRE(st.thread_names.size() == model.lanes().size());
  }
}

namespace {

// Each record sits on its own line; it must be byte for byte what nlohmann::json::dump writes
// for the record parsed back (sorted keys, its number and string formats), which is what the
// exporter wrote when it built every record as a json object.
void check_records_match_nlohmann(const std::string& text) {
  size_t begin = text.find("[\n");
  REQUIRE(begin != std::string::npos);
  size_t end = text.rfind("\n]");
  std::string body = text.substr(begin + 2, end - begin - 2);
  size_t records = 0;
  size_t at = 0;
  while (at < body.size()) {
    size_t stop = body.find(",\n{", at);
    std::string line = body.substr(at, stop == std::string::npos ? std::string::npos : stop - at);
    json record = json::parse(line);
    INFO("record " << records);
    REQUIRE(line == record.dump(-1, ' ', false, json::error_handler_t::replace));
    ++records;
    at = stop == std::string::npos ? body.size() : stop + 2;
  }
  REQUIRE(records == json::parse(text)["traceEvents"].size());
}

}  // namespace

TEST_CASE("chrome records are written exactly as nlohmann::json writes them", "[trace]") {
  for (uint64_t seed = 1; seed <= 4; ++seed) {
    Recorder rec(test::deterministic());
    test::Sim(rec, seed, 6).run(1500);
    TraceModel model(rec);
    INFO("seed " << seed);
    check_records_match_nlohmann(chrome_trace_json(model));
  }
}

TEST_CASE("chrome export escapes strings and formats times as nlohmann does", "[trace]") {
  // Quotes, backslashes, control characters, DEL, valid UTF-8, and invalid UTF-8 of every kind:
  // a truncated sequence, a stray continuation byte, overlong and surrogate encodings, a lone
  // lead byte at the end.
  const std::string odd =
      "q\"b\\n\n\t\r\b\f\x01\x1f\x7f ü 中 🙂 \xe2\x82 A \x80 \xc0\x80 \xe0\x80\x80 "
      "\xed\xa0\x80 "
      "\xf0\x80 \xf4\x90\x80\x80 \xf8 end\xe2";
  Recorder rec(test::deterministic());
  rec.task_created(1, odd, "main");
  const double times[] = {2.5e-07, 1e-05,   0.0001,      0.1,       0.30000000000000004,
                          1.5,     123.456, 1234567.125, 98765432.5};
  for (double t : times) {
    rec.clock_advance(t);
    rec.ready(1, Waker::timer(1));
    rec.step_begin(1);
    rec.step_suspended({2, 0}, {ObjKind::Future, 5, odd});
  }
  rec.diagnostic(DiagKind::Deadlock, odd, 1, {3, 0});
  TraceModel model(rec);
  std::string text = chrome_trace_json(model);
  check_records_match_nlohmann(text);
  std::string escaped = json(odd).dump(-1, ' ', false, json::error_handler_t::replace);
  std::string title = json(odd + " (main)").dump(-1, ' ', false, json::error_handler_t::replace);
  REQUIRE(text.find("\"name\":" + title) != std::string::npos);  // thread name
  REQUIRE(text.find("\"name\":" + json("waiting: " + odd)
                                      .dump(-1, ' ', false,
                                            json::error_handler_t::replace)) !=
          std::string::npos);                                         // slice name
  REQUIRE(text.find("\"message\":" + escaped) != std::string::npos);  // diagnostic
  for (double t : times) {
    INFO("time " << t);
    REQUIRE(text.find(json(t).dump() + "]") != std::string::npos);  // a slice's vtime end
  }
}
