#include <catch2/catch.hpp>

#include "app/gui/demo_trace.h"
#include "app/gui/player.h"

using namespace al::gui;
namespace trace = al::trace;

namespace {

struct Demo {
  trace::Recorder rec{{.enabled = true, .wall_clock = false}};
  std::unique_ptr<trace::TraceModel> model;
  Demo() {
    record_demo_trace(rec);
    model = std::make_unique<trace::TraceModel>(rec);
  }
};

}  // namespace

TEST_CASE("stepping stays inside the trace", "[player]") {
  Demo d;
  Player p;
  p.reset(d.model->size());
  p.step(-1);
  CHECK(p.cursor() == 0);
  p.step(5);
  CHECK(p.cursor() == 5);
  p.step(-2);
  CHECK(p.cursor() == 3);
  p.to_end();
  CHECK(p.cursor() == d.model->size() - 1);
  p.step(1);
  CHECK(p.cursor() == d.model->size() - 1);
}

TEST_CASE("task switches are the StepBegin events", "[player]") {
  Demo d;
  Player p;
  p.reset(d.model->size());
  const auto& begins = d.model->step_begins();
  REQUIRE(begins.size() > 3);
  p.next_switch(*d.model);
  CHECK(p.cursor() == begins[0]);
  p.next_switch(*d.model);
  CHECK(p.cursor() == begins[1]);
  p.step(1);
  p.prev_switch(*d.model);
  CHECK(p.cursor() == begins[1]);
  p.prev_switch(*d.model);
  CHECK(p.cursor() == begins[0]);
  p.prev_switch(*d.model);
  CHECK(p.cursor() == 0);
}

TEST_CASE("playing on the steps axis advances by the speed and stops at the end", "[player]") {
  Demo d;
  Player p;
  p.reset(d.model->size());
  p.set_playing(true, d.model.get());
  CHECK(p.tick(0.5, *d.model, Axis::steps, 4.0, 1.0, {}));
  CHECK(p.cursor() == 2);
  CHECK_FALSE(p.tick(0.1, *d.model, Axis::steps, 4.0, 1.0, {}));  // 0.4 of a step carried
  CHECK(p.tick(0.15, *d.model, Axis::steps, 4.0, 1.0, {}));
  CHECK(p.cursor() == 3);
  p.tick(1000, *d.model, Axis::steps, 4.0, 1.0, {});
  CHECK(p.cursor() == d.model->size() - 1);
  CHECK_FALSE(p.playing());
}

TEST_CASE("playing on the time axis follows virtual time", "[player]") {
  Demo d;
  Player p;
  p.reset(d.model->size());
  p.set_playing(true, d.model.get());
  p.tick(0.7, *d.model, Axis::time, 1.0, 1.0, {});
  CHECK(d.model->time_at(p.cursor()) <= 0.7);
  CHECK(d.model->time_at(p.cursor() + 1) > 0.7);
}

TEST_CASE("playback stops at the first event on a breakpoint line", "[player]") {
  Demo d;
  Player p;
  p.reset(d.model->size());
  p.set_playing(true, d.model.get());
  p.tick(1000, *d.model, Axis::steps, 4.0, 1.0, {19});  // consumer's `await asyncio.sleep(1.0)`
  CHECK_FALSE(p.playing());
  CHECK(p.stopped_at_breakpoint() == 19);
  CHECK(d.model->event(p.cursor()).line == 19);
  for (uint32_t i = 1; i < p.cursor(); ++i) CHECK(d.model->event(i).line != 19);
}
