#include <catch2/catch.hpp>

#include <algorithm>

#include "app/gui/predict_mode.h"

using namespace al::gui;

TEST_CASE("the order question offers every line once, in a fixed shuffled order", "[predict]") {
  PredictSpec spec;
  spec.kind = PredictSpec::Kind::order;
  spec.lines = {"[0.00] w1: read 0", "[0.00] w2: read 0", "[0.10] w1: wrote 1",
                "[0.10] Task-1: final count: 1"};
  spec.distractors = {"[0.10] Task-1: final count: 3"};
  OrderAnswer a = OrderAnswer::offer(spec), b = OrderAnswer::offer(spec);
  CHECK(a.pool == b.pool);
  CHECK(a.pool.size() == 5);
  CHECK(a.placed.empty());
  std::vector<std::string> sorted_pool = a.pool, all = spec.lines;
  all.push_back(spec.distractors[0]);
  std::sort(sorted_pool.begin(), sorted_pool.end());
  std::sort(all.begin(), all.end());
  CHECK(sorted_pool == all);
  std::vector<std::string> offered_as_answer(a.pool.begin(), a.pool.begin() + 4);
  CHECK(offered_as_answer != spec.lines);  // the offer does not give the answer away
}

TEST_CASE("placing, moving and removing lines", "[predict]") {
  OrderAnswer a;
  a.pool = {"a", "b", "c", "d"};
  a.place(2);
  a.place(0);
  a.place(0);
  CHECK(a.placed == std::vector<std::string>{"c", "a", "b"});
  CHECK(a.pool == std::vector<std::string>{"d"});
  a.move(2, 0);
  CHECK(a.placed == std::vector<std::string>{"b", "c", "a"});
  a.move(0, 1);
  CHECK(a.placed == std::vector<std::string>{"c", "b", "a"});
  a.move(0, 7);  // out of range: nothing
  a.place(5);
  CHECK(a.placed == std::vector<std::string>{"c", "b", "a"});
  a.unplace(1);
  CHECK(a.placed == std::vector<std::string>{"c", "a"});
  CHECK(a.pool == std::vector<std::string>{"d", "b"});
  a.unplace(9);
  CHECK(a.placed.size() == 2);
}

TEST_CASE("the panel's answer has the shape progress.json keeps", "[predict]") {
  PredictSpec next;
  next.kind = PredictSpec::Kind::next;
  next.choices = {"x", "y"};
  PredictPanel p;
  p.reset(next);
  CHECK(p.answer(next).empty());
  p.choose("y");
  CHECK(p.answer(next) == std::vector<std::string>{"y"});
  PredictSpec order;
  order.kind = PredictSpec::Kind::order;
  order.lines = {"1", "2"};
  p.reset(order);
  CHECK(p.chosen().empty());
  p.order().place(0);
  CHECK(p.answer(order) == std::vector<std::string>{p.order().placed[0]});
}
