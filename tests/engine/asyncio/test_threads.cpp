// asyncio.to_thread and run_in_executor through the engine against CPython 3.11 (cases_threads.inc:
// expected outputs from the oracle, gen_prims_cases.py).
#include <catch2/catch.hpp>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kCases[] = {
#include "tests/engine/asyncio/cases_threads.inc"
};

}  // namespace

TEST_CASE("to_thread and run_in_executor behave as in CPython 3.11", "[threads]") {
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}
