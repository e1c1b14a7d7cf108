// The scheduling rules of DESIGN.md §2 through the whole engine, against CPython 3.11
// (cases_scheduling.inc and cases_tasks.inc: stdout and status of tests/conformance/oracle.py
// running cases/scheduling/*.py and cases/tasks/*.py; regenerate with gen_prims_cases.py).
#include <catch2/catch.hpp>

#include "tests/engine/asyncio/prims_harness.h"

namespace {

const al::test::OracleCase kScheduling[] = {
#include "tests/engine/asyncio/cases_scheduling.inc"
};

const al::test::OracleCase kTasks[] = {
#include "tests/engine/asyncio/cases_tasks.inc"
};

}  // namespace

TEST_CASE("Scheduling order matches CPython 3.11", "[scheduling]") {
  for (const auto& c : kScheduling) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}

TEST_CASE("Futures, tasks, gather, wait, timeouts and TaskGroup match CPython 3.11", "[tasks]") {
  for (const auto& c : kTasks) {
    DYNAMIC_SECTION(c.name) {
      al::test::check_oracle_case(c);
    }
  }
}
