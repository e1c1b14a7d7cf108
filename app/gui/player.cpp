#include "app/gui/player.h"

#include <algorithm>
#include <cmath>

namespace al::gui {

void Player::reset(uint32_t size) {
  size_ = size;
  cursor_ = size == 0 ? 0 : std::min(cursor_, size - 1);
  playing_ = false;
  carry_ = 0;
  breakpoint_hit_ = 0;
}

void Player::set_cursor(uint32_t i) {
  cursor_ = size_ == 0 ? 0 : std::min(i, size_ - 1);
  breakpoint_hit_ = 0;
}

void Player::step(int delta) {
  int64_t next = static_cast<int64_t>(cursor_) + delta;
  set_cursor(static_cast<uint32_t>(std::max<int64_t>(0, next)));
}

void Player::next_switch(const trace::TraceModel& model) {
  const auto& begins = model.step_begins();
  auto it = std::upper_bound(begins.begin(), begins.end(), cursor_);
  set_cursor(it == begins.end() ? (size_ ? size_ - 1 : 0) : *it);
}

void Player::prev_switch(const trace::TraceModel& model) {
  const auto& begins = model.step_begins();
  auto it = std::lower_bound(begins.begin(), begins.end(), cursor_);
  set_cursor(it == begins.begin() ? 0 : *std::prev(it));
}

void Player::set_playing(bool on, const trace::TraceModel* model) {
  // Playing from the end starts over, as media players do.
  if (on && size_ && cursor_ + 1 >= size_) cursor_ = 0;
  playing_ = on && size_ > 0;
  carry_ = 0;
  play_time_ = model && size_ ? model->time_at(cursor_) : 0;
  breakpoint_hit_ = 0;
}

bool Player::tick(double dt, const trace::TraceModel& model, Axis axis, double steps_per_second,
                  double time_multiple, const std::set<int>& breakpoints) {
  if (!playing_ || size_ == 0) return false;
  uint32_t target = cursor_;
  if (axis == Axis::steps) {
    carry_ += dt * steps_per_second;
    double whole = std::floor(carry_);
    carry_ -= whole;
    target = static_cast<uint32_t>(std::min<double>(size_ - 1, cursor_ + whole));
  } else {
    play_time_ += dt * time_multiple;
    uint32_t after = model.index_at_time(std::nextafter(play_time_, INFINITY));
    target = std::max(cursor_, after == 0 ? 0u : after - 1);
    // A zero-time stretch would pass in one frame; show at least one event per tick.
    if (target == cursor_ && cursor_ + 1 < size_ && model.time_at(cursor_ + 1) <= play_time_)
      target = cursor_ + 1;
  }
  bool moved = false;
  for (uint32_t i = cursor_ + 1; i <= target; ++i) {
    const trace::Event& e = model.event(i);
    if (e.task != 0 && e.line != 0 && breakpoints.count(static_cast<int>(e.line))) {
      cursor_ = i;
      playing_ = false;
      breakpoint_hit_ = static_cast<int>(e.line);
      return true;
    }
  }
  if (target != cursor_) {
    cursor_ = target;
    moved = true;
  }
  if (cursor_ + 1 >= size_) playing_ = false;
  return moved;
}

}  // namespace al::gui
