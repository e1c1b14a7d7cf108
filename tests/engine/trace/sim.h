// A random asyncio-like scheduler that drives a Recorder the way the real loop does: a ready
// deque run one pass at a time, a timer list on a virtual clock, tasks that sleep, yield, use a
// queue, a lock (handed over on release) and an event, spawn and cancel each other, print, do
// I/O and finish. It is not CPython; it only has to produce long, plausible, self-consistent
// traces for the property and scale tests. Deterministic for a given seed.
//
// Sections: run() (the loop's passes) · primitive state reports · step() (one task step:
// print, spawn, then one suspension) · timers, callbacks, I/O, cancellation and the rescue that
// ends deadlocks.
#pragma once

#include <algorithm>
#include <deque>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine/trace/recorder.h"
#include "tests/engine/trace/test_options.h"

namespace al::trace::test {

class Sim {
 public:
  Sim(Recorder& rec, uint64_t seed, uint32_t max_tasks)
      : rec_(rec), rng_(seed), max_tasks_(max_tasks) {}

  void run(uint32_t target_events) {
    rec_.primitive_created(queue_obj(), {2, 0});
    rec_.primitive_created(lock_obj(), {3, 0});
    rec_.primitive_created(event_obj(), {4, 0});
    spawn(0);
    while (rec_.size() < target_events) {
      if (ready_.empty()) {
        rec_.loop_idle();
        if (!io_.empty()) {
          complete_io();
        } else if (!timers_.empty()) {
          auto next =
              std::min_element(timers_.begin(), timers_.end(),
                               [](const Timer& a, const Timer& b) { return a.when < b.when; });
          rec_.clock_advance(next->when);
        } else {
          rescue();
        }
      }
      fire_timers();
      if (!io_.empty() && coin(0.2)) complete_io();
      size_t n = ready_.size();
      for (size_t i = 0; i < n && !ready_.empty() && rec_.size() < target_events; ++i) {
        Entry e = ready_.front();
        ready_.pop_front();
        if (e.task) {
          step(e.id);
        } else {
          run_callback(e.id);
        }
      }
    }
  }

 private:
  enum class Wait { None, Sleep, Queue, Lock, Event, Io, Yield };
  struct Task {
    Wait wait = Wait::None;
    uint32_t timer = 0;
    uint32_t io = 0;
    bool holds_lock = false;
    bool cancel_pending = false;
  };
  struct Entry {
    bool task;
    uint32_t id;
  };
  struct Timer {
    HandleId id;
    double when;
    TaskId task;  // 0: a plain callback
    std::string label;
  };

  static Obj queue_obj() { return {ObjKind::Queue, 1000, "Queue q"}; }
  static Obj lock_obj() { return {ObjKind::Lock, 1001, "Lock lock"}; }
  static Obj event_obj() { return {ObjKind::Event, 1002, "Event ev"}; }

  bool coin(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  uint32_t pick(uint32_t n) { return std::uniform_int_distribution<uint32_t>(0, n - 1)(rng_); }

  uint32_t alive() const { return static_cast<uint32_t>(tasks_.size()); }

  // Finished tasks leave the table, so scans stay proportional to the live tasks.
  void finish(TaskId t) { tasks_.erase(t); }

  void spawn(TaskId creator) {
    TaskId id = next_task_++;
    tasks_[id] = Task{};
    rec_.task_created(id, "Task-" + std::to_string(id), coin(0.5) ? "worker" : "helper",
                      {10 + pick(5), 4});
    rec_.ready(id, creator ? Waker::task(creator) : Waker{});
    ready_.push_back({true, id});
  }

  void wake(TaskId t, Waker by, Obj via) {
    tasks_[t].wait = Wait::None;
    rec_.ready(t, by, via);
    ready_.push_back({true, t});
  }

  void queue_op(const char* op) {
    // Like the asyncio layer should: format only the items the recorder keeps.
    std::vector<std::string> reprs;
    for (size_t i = 0; i < queue_.size() && i < rec_.max_listed(); ++i) {
      reprs.push_back(std::to_string(queue_[i]));
    }
    std::vector<std::string_view> views(reprs.begin(), reprs.end());
    std::vector<TaskId> getters(getters_.begin(), getters_.end());
    PrimitiveStateIn s;
    s.value = static_cast<double>(queue_.size());
    s.items = views;
    s.items_total = static_cast<uint32_t>(queue_.size());
    s.waiters = getters;
    rec_.primitive_op(queue_obj(), op, s, {20, 8});
  }

  void lock_op(const char* op) {
    std::vector<TaskId> waiters(lock_waiters_.begin(), lock_waiters_.end());
    PrimitiveStateIn s;
    s.value = lock_owner_ ? 1 : 0;
    s.owner = lock_owner_;
    s.waiters = waiters;
    rec_.primitive_op(lock_obj(), op, s, {30, 8});
  }

  void event_op(const char* op) {
    std::vector<TaskId> waiters(event_waiters_.begin(), event_waiters_.end());
    PrimitiveStateIn s;
    s.value = event_set_ ? 1 : 0;
    s.waiters = waiters;
    rec_.primitive_op(event_obj(), op, s, {40, 8});
  }

  void suspend(TaskId t, Wait wait, Obj on, uint32_t line) {
    tasks_[t].wait = wait;
    rec_.step_suspended({line, 8}, on);
  }

  void sleep(TaskId t) {
    double d = pick(4) * 0.25;
    HandleId h = next_handle_++;
    std::string label = "sleep(" + std::to_string(d).substr(0, 4) + ")";
    rec_.timer_scheduled(h, rec_.time() + d, label, {50, 14});
    timers_.push_back({h, rec_.time() + d, t, label});
    tasks_[t].timer = h;
    suspend(t, Wait::Sleep, {ObjKind::Sleep, h, label}, 50);
  }

  void step(TaskId t) {
    auto found = tasks_.find(t);
    if (found == tasks_.end()) return;
    Task& task = found->second;
    rec_.step_begin(t);
    if (task.cancel_pending) {
      if (task.timer) cancel_timer(task.timer);
      finish(t);
      rec_.step_cancelled({50, 14}, coin(0.5) ? "" : "stop");
      return;
    }
    if (coin(0.3))
      rec_.console_output(
          coin(0.9) ? Stream::Stdout : Stream::Stderr,
          coin(0.8) ? "line " + std::to_string(rec_.size()) + "\n" : std::string("part "), {60, 8});
    if (coin(0.02)) rec_.clock_advance(rec_.time() + 0.5);  // a blocking time.sleep()
    if (alive() < max_tasks_ && coin(0.15)) spawn(t);

    // A woken lock waiter was handed the lock: hold it across one sleep.
    if (lock_owner_ == t && !tasks_[t].holds_lock) {
      tasks_[t].holds_lock = true;
      sleep(t);
      return;
    }
    if (tasks_[t].holds_lock) {
      tasks_[t].holds_lock = false;
      lock_owner_ = 0;
      if (!lock_waiters_.empty()) {
        TaskId next = lock_waiters_.front();
        lock_waiters_.pop_front();
        lock_owner_ = next;
        wake(next, Waker::task(t), lock_obj());
      }
      lock_op("release");
    }

    switch (pick(11)) {
      case 0:
      case 1:
        sleep(t);
        return;
      case 2:
        wake(t, Waker::task(t), {});
        suspend(t, Wait::Yield, {ObjKind::Sleep, 0, "sleep(0)"}, 51);
        return;
      case 3:
        if (!queue_.empty()) {
          queue_.pop_front();
          queue_op("get");
          sleep(t);
          return;
        }
        getters_.push_back(t);
        queue_op("get");
        suspend(t, Wait::Queue, {ObjKind::Queue, 1000, "Queue.get q"}, 20);
        return;
      case 4:
        queue_.push_back(static_cast<int>(rec_.size()));
        if (!getters_.empty()) {
          TaskId g = getters_.front();
          getters_.pop_front();
          queue_.pop_front();  // the woken getter's item, taken for it
          wake(g, Waker::task(t), queue_obj());
        }
        queue_op("put");
        sleep(t);
        return;
      case 5:
        if (lock_owner_ == 0) {
          lock_owner_ = t;
          tasks_[t].holds_lock = true;
          lock_op("acquire");
          sleep(t);
          return;
        }
        lock_waiters_.push_back(t);
        lock_op("acquire");
        suspend(t, Wait::Lock, {ObjKind::Lock, 1001, "Lock lock"}, 30);
        return;
      case 6:
        if (event_set_) {
          event_set_ = false;
          event_op("clear");
          sleep(t);
          return;
        }
        event_waiters_.push_back(t);
        event_op("wait");
        suspend(t, Wait::Event, {ObjKind::Event, 1002, "Event.wait ev"}, 40);
        return;
      case 7:
        set_event(Waker::task(t));
        sleep(t);
        return;
      case 8: {
        ObjectId id = next_io_++;
        rec_.io_start(id, "read sock", {70, 8});
        io_.push_back({id, t});
        tasks_[t].io = id;
        suspend(t, Wait::Io, {ObjKind::Io, id, "read sock"}, 70);
        return;
      }
      case 9: {
        cancel_someone(t);
        HandleId h = next_handle_++;
        rec_.callback_scheduled(h, "report", {80, 4});
        ready_.push_back({false, h});
        sleep(t);
        return;
      }
      default:
        if (alive() > 2) {
          finish(t);
          if (coin(0.7)) {
            rec_.step_finished({90, 8}, std::to_string(t));
          } else {
            rec_.step_failed({90, 8}, "ValueError('" + std::to_string(t) + "')");
          }
          return;
        }
        sleep(t);
        return;
    }
  }

  void set_event(Waker by) {
    event_set_ = true;
    while (!event_waiters_.empty()) {
      TaskId w = event_waiters_.front();
      event_waiters_.pop_front();
      wake(w, by, event_obj());
    }
    event_op("set");
  }

  // Cancels a task asleep, waiting on the queue or the event (never a lock holder or waiter).
  void cancel_someone(TaskId by) {
    std::vector<TaskId> victims;
    for (auto& [id, task] : tasks_) {
      if (id != by && !task.cancel_pending && !task.holds_lock && lock_owner_ != id &&
          (task.wait == Wait::Sleep || task.wait == Wait::Queue || task.wait == Wait::Event)) {
        victims.push_back(id);
      }
    }
    if (victims.empty()) return;
    TaskId v = victims[pick(static_cast<uint32_t>(victims.size()))];
    Task& task = tasks_[v];
    std::erase(getters_, v);
    std::erase(event_waiters_, v);
    if (task.wait != Wait::Sleep) task.timer = 0;
    task.cancel_pending = true;
    wake(v, Waker::task(by), {ObjKind::Future, v, "waiter future"});
  }

  void cancel_timer(HandleId h) {
    auto it =
        std::find_if(timers_.begin(), timers_.end(), [&](const Timer& x) { return x.id == h; });
    if (it == timers_.end()) return;
    rec_.timer_cancelled(h, it->label, {50, 14});
    timers_.erase(it);
  }

  void fire_timers() {
    std::vector<Timer> due;
    for (const Timer& t : timers_) {
      if (t.when <= rec_.time()) due.push_back(t);
    }
    std::erase_if(timers_, [&](const Timer& t) { return t.when <= rec_.time(); });
    std::sort(due.begin(), due.end(), [](const Timer& a, const Timer& b) {
      return a.when != b.when ? a.when < b.when : a.id < b.id;
    });
    for (const Timer& t : due) {
      rec_.timer_fired(t.id, t.when, t.label, t.task);
      ready_.push_back({false, t.id});
      fired_[t.id] = t;
    }
  }

  void run_callback(HandleId h) {
    auto it = fired_.find(h);
    if (it == fired_.end()) {
      rec_.callback_run(h, "report");
      rec_.console_output(Stream::Stdout, "report\n", {81, 8});
      return;
    }
    Timer t = it->second;
    fired_.erase(it);
    rec_.callback_run(h, t.label);
    auto found = tasks_.find(t.task);
    if (found != tasks_.end() && found->second.wait == Wait::Sleep && found->second.timer == h) {
      found->second.timer = 0;
      wake(t.task, Waker::timer(h), {ObjKind::Sleep, h, t.label});
    }
  }

  void complete_io() {
    auto [id, t] = io_.front();
    io_.pop_front();
    rec_.io_done(id, "read sock", t, "b'data'");
    auto found = tasks_.find(t);
    if (found == tasks_.end()) return;
    found->second.io = 0;
    wake(t, Waker::io(id), {ObjKind::Io, id, "read sock"});
  }

  // Nothing can run: the loop itself puts an item and sets the event, as a watchdog would.
  void rescue() {
    rec_.clock_advance(rec_.time() + 1);
    HandleId h = next_handle_++;
    rec_.callback_scheduled(h, "rescue");
    rec_.callback_run(h, "rescue");
    set_event(Waker::callback(h));
    if (!getters_.empty()) {
      TaskId g = getters_.front();
      getters_.pop_front();
      wake(g, Waker::callback(h), queue_obj());
      queue_op("put");
    }
    if (getters_.empty() && event_waiters_.empty() && alive() == 0) spawn(0);
  }

  Recorder& rec_;
  std::mt19937_64 rng_;
  uint32_t max_tasks_;
  TaskId next_task_ = 1;
  HandleId next_handle_ = 1;
  ObjectId next_io_ = 5000;
  std::map<TaskId, Task> tasks_;
  std::deque<Entry> ready_;
  std::vector<Timer> timers_;
  std::map<HandleId, Timer> fired_;
  std::deque<std::pair<ObjectId, TaskId>> io_;
  std::deque<int> queue_;
  std::deque<TaskId> getters_;
  TaskId lock_owner_ = 0;
  std::deque<TaskId> lock_waiters_;
  bool event_set_ = false;
  std::deque<TaskId> event_waiters_;
};

}  // namespace al::trace::test
