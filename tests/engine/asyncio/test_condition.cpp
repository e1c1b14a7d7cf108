// asyncio.Condition through the engine against CPython 3.11 (cases_condition.inc: expected outputs from
// the oracle, gen_prims_cases.py), then awaitlab's own deadlock explanations and trace records.
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_condition.inc"
};

}  // namespace

TEST_CASE("Condition behaves as in CPython 3.11", "[condition]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) { al::test::check_oracle_case(c); }
  }
}
