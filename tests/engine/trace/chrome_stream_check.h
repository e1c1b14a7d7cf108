// Checks that the streaming Chrome export of a recorder holds exactly the reference records of
// its TraceModel (chrome_reference.h): the same multiset, compared as nlohmann dumps, with the
// process and thread names first in the same order, and the trace's event count at the end.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/trace/chrome_trace.h"
#include "engine/trace/trace_model.h"
#include "tests/engine/trace/chrome_reference.h"

namespace al::trace::test {

inline void check_stream_matches_model(const Recorder& rec) {
  using nlohmann::json;
  TraceModel model(rec);
  std::vector<json> expected = chrome_reference_records(model);
  json doc = json::parse(chrome_trace_json(rec));
  REQUIRE(doc["otherData"]["events"] == rec.size());
  REQUIRE(doc["displayTimeUnit"] == "ms");
  const json& records = doc["traceEvents"];
  REQUIRE(records.size() == expected.size());
  std::vector<std::string> got, want;
  for (size_t k = 0; k < expected.size(); ++k) {
    if (expected[k]["ph"] == "M") {
      INFO("name record " << k);
      REQUIRE(records[k]["ph"] == "M");
      REQUIRE(records[k].value("tid", 0) == expected[k].value("tid", 0));
      REQUIRE(records[k].at("name") == expected[k].at("name"));
    }
    // The reference holds raw strings; the export replaced invalid UTF-8 with U+FFFD.
    want.push_back(expected[k].dump(-1, ' ', false, json::error_handler_t::replace));
    got.push_back(records[k].dump());
  }
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  for (size_t k = 0; k < got.size(); ++k) {
    INFO("sorted record " << k);
    REQUIRE(got[k] == want[k]);
  }
}

}  // namespace al::trace::test
