// A 1,000,000-event trace: state queries replay at most K events, whatever the index.
#include <catch2/catch.hpp>

#include <random>

#include "engine/trace/trace_model.h"
#include "tests/engine/trace/sim.h"

using namespace al::trace;

TEST_CASE("state at any of a million events replays at most K events", "[trace][scale]") {
  Recorder rec(test::deterministic());
  test::Sim(rec, 2024, 24).run(1000000);
  REQUIRE(rec.size() >= 1000000);
  constexpr uint32_t K = 1024;
  TraceModel model(rec, K);
  REQUIRE(model.size() == rec.size());
  // Many short-lived tasks came and went; snapshots stayed every K events.
  REQUIRE(model.task_ids().size() > 1000);
  REQUIRE(model.snapshot_count() >= model.size() / K);

  std::mt19937 rng(7);
  uint32_t most = 0;
  for (int q = 0; q < 2000; ++q) {
    uint32_t i = std::uniform_int_distribution<uint32_t>(0, model.size() - 1)(rng);
    State s = model.state_at(i);
    REQUIRE(s.index == i);
    REQUIRE(model.last_replayed() <= K);
    most = std::max(most, model.last_replayed());
  }
  REQUIRE(most > K / 2);  // the queries did land between snapshots

  // The timeline searches stay logarithmic: a window in the middle of a busy lane.
  const Lane& loop = model.lanes()[0];
  uint32_t mid = model.size() / 2;
  auto window = model.segments_in(loop, mid, mid + 100);
  REQUIRE_FALSE(window.empty());
  REQUIRE(window.front().start <= mid);
  REQUIRE(window.size() <= 101);
  State spot = model.state_at(model.size() - 1);
  REQUIRE(spot == model.state_replayed_from_zero(model.size() - 1));
}
