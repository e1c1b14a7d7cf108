// interp() and runtime_init() may each be the first call into the runtime (ctest runs every
// test case in a fresh process, so each case below really is the first call).
#include <catch2/catch.hpp>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"

using namespace al;

TEST_CASE("interp() as the first call initialises the runtime") {
  Interp& in = interp();
  REQUIRE(in.modules);
  CHECK(in.modules->type == dict_type);
  CHECK(in.recursion_limit == 1000);
  CHECK(repr(str_from("it's").get())->s == "\"it's\"");
}

TEST_CASE("runtime_init() as the first call leaves a complete interpreter") {
  runtime_init();
  Interp& in = interp();
  REQUIRE(in.modules);
  CHECK(in.modules->type == dict_type);
  CHECK(&interp() == &in);
}
