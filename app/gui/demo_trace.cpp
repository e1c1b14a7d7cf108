// Sections: the demo source · the scripted scheduler · the two scenarios.
#include "app/gui/demo_trace.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace al::gui {

using trace::HandleId;
using trace::Obj;
using trace::ObjKind;
using trace::Pos;
using trace::PrimitiveStateIn;
using trace::Recorder;
using trace::Stream;
using trace::TaskId;
using trace::Waker;

// ---- the demo source ----

const char* const kDemoSource = R"(import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i}")
        await asyncio.sleep(0.5)
    await q.put(None)
    await q.put(None)


async def consumer(name, q):
    while True:
        item = await q.get()
        if item is None:
            break
        print(f"{name} got {item}")
        await asyncio.sleep(1.0)


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q, 4), consumer("c1", q), consumer("c2", q))


asyncio.run(main())
)";

// ---- the scripted scheduler ----

namespace {

struct Op {
  enum Kind { Create, Put, Get, FinishIfNone, Print, Sleep, Jump, Spawn, Gather, Finish } kind;
  uint32_t line = 0;
  double num = 0;  // Put: the value (-1 = None); Sleep: seconds; Jump/Spawn: target
  // Print: the text ({item} and {name} are replaced); Spawn: "coroutine|name argument".
  std::string text;
};

using Program = std::vector<Op>;

constexpr trace::ObjectId kQueueId = 1;
constexpr trace::ObjectId kGatherId = 2;

class Scheduler {
 public:
  explicit Scheduler(Recorder& rec, std::size_t maxsize) : rec_(rec), maxsize_(maxsize) {}

  // Adds a program spawned by Op::Spawn with num == index.
  void add_program(Program p) { programs_.push_back(std::move(p)); }

  void run(std::size_t main_program, uint32_t budget) {
    TaskId main = create(main_program, "main", Pos{27, 0});
    rec_.ready(main, Waker{});
    ready_.push_back({true, main});
    while (rec_.size() < budget && any_alive()) {
      if (ready_.empty()) {
        if (timers_.empty()) break;
        rec_.loop_idle();
        auto next = std::min_element(timers_.begin(), timers_.end(), earlier);
        rec_.clock_advance(next->when);
      }
      fire_timers();
      std::size_t n = ready_.size();
      for (std::size_t i = 0; i < n && rec_.size() < budget; ++i) {
        Entry e = ready_.front();
        ready_.pop_front();
        e.task ? step(e.id) : run_callback(e.id);
      }
    }
  }

 private:
  struct Task {
    TaskId id = 0;
    std::size_t program = 0;
    std::size_t pc = 0;
    bool alive = true;
    bool in_gather = false;
    std::optional<int> item;
    std::string name;  // the `name` argument of the coroutine, for {name}
    TaskId parent = 0;
    std::vector<TaskId> children;
  };
  struct Entry {
    bool task;
    uint32_t id;
  };
  struct Timer {
    HandleId id;
    double when;
    uint64_t seq;
    TaskId task;
    std::string label;
  };
  static bool earlier(const Timer& a, const Timer& b) {
    return a.when != b.when ? a.when < b.when : a.seq < b.seq;
  }

  bool any_alive() const {
    return std::any_of(tasks_.begin(), tasks_.end(), [](const Task& t) { return t.alive; });
  }
  Task& task(TaskId id) { return tasks_[id - 1]; }

  TaskId create(std::size_t program, const std::string& coro, Pos at) {
    TaskId id = static_cast<TaskId>(tasks_.size() + 1);
    Task t;
    t.id = id;
    t.program = program;
    tasks_.push_back(std::move(t));
    rec_.task_created(id, "Task-" + std::to_string(id), coro, at);
    return id;
  }

  void queue_op(const char* op, Pos at) {
    std::vector<std::string> reprs;
    for (const auto& v : queue_) reprs.push_back(v ? std::to_string(*v) : "None");
    std::vector<std::string_view> views(reprs.begin(), reprs.end());
    std::vector<TaskId> getters(getters_.begin(), getters_.end());
    std::vector<TaskId> putters(putters_.begin(), putters_.end());
    PrimitiveStateIn s;
    s.value = static_cast<double>(queue_.size());
    s.capacity = static_cast<uint32_t>(maxsize_);
    s.items = views;
    s.waiters = getters;
    s.waiters2 = putters;
    rec_.primitive_op({ObjKind::Queue, kQueueId, "Queue q"}, op, s, at);
  }

  void wake(TaskId t, Waker by, Obj via) {
    rec_.ready(t, by, via);
    ready_.push_back({true, t});
  }

  void fire_timers() {
    std::sort(timers_.begin(), timers_.end(), earlier);
    while (!timers_.empty() && timers_.front().when <= rec_.time()) {
      Timer t = timers_.front();
      timers_.erase(timers_.begin());
      rec_.timer_fired(t.id, t.when, t.label, t.task);
      fired_.push_back(t);
      ready_.push_back({false, t.id});
    }
  }

  void run_callback(HandleId h) {
    auto it = std::find_if(fired_.begin(), fired_.end(), [&](const Timer& t) { return t.id == h; });
    if (it == fired_.end()) return;
    Timer t = *it;
    fired_.erase(it);
    rec_.callback_run(h, t.label);
    // The sleep's callback completes its future; the future schedules the task's step.
    wake(t.task, Waker::timer(h), {ObjKind::Sleep, h, t.label});
  }

  void finish(Task& t, uint32_t line) {
    t.alive = false;
    rec_.step_finished({line, 4}, "None");
    if (t.parent) {
      Task& p = task(t.parent);
      bool all_done = std::all_of(p.children.begin(), p.children.end(),
                                  [&](TaskId c) { return !task(c).alive; });
      if (p.in_gather && all_done) {
        p.in_gather = false;
        wake(p.id, Waker::task(t.id), {ObjKind::Future, kGatherId, "gather"});
      }
    }
  }

  void step(TaskId id) {
    Task* t = &task(id);
    if (!t->alive) return;
    rec_.step_begin(id);
    for (;;) {
      t = &task(id);  // create() may move tasks_
      const Op& op = programs_[t->program][t->pc];
      Pos at{op.line, 8};
      switch (op.kind) {
        case Op::Create:
          rec_.primitive_created({ObjKind::Queue, kQueueId, "Queue q"}, at);
          ++t->pc;
          break;
        case Op::Put:
          if (maxsize_ && queue_.size() >= maxsize_) {
            putters_.push_back(id);
            queue_op("put (waits)", at);
            rec_.step_suspended(at, {ObjKind::Queue, kQueueId, "Queue.put q"});
            return;
          }
          queue_.push_back(op.num < 0 ? std::nullopt
                                      : std::optional<int>(static_cast<int>(op.num)));
          if (!getters_.empty()) {
            TaskId g = getters_.front();
            getters_.pop_front();
            wake(g, Waker::task(id), {ObjKind::Queue, kQueueId, "Queue q"});
          }
          queue_op("put", at);
          ++t->pc;
          break;
        case Op::Get:
          if (queue_.empty()) {
            getters_.push_back(id);
            queue_op("get (waits)", at);
            rec_.step_suspended(at, {ObjKind::Queue, kQueueId, "Queue.get q"});
            return;
          }
          t->item = queue_.front();
          queue_.pop_front();
          if (!putters_.empty()) {
            TaskId p = putters_.front();
            putters_.pop_front();
            wake(p, Waker::task(id), {ObjKind::Queue, kQueueId, "Queue q"});
          }
          queue_op("get", at);
          ++t->pc;
          break;
        case Op::FinishIfNone:
          if (!t->item) {
            finish(*t, op.line);
            return;
          }
          ++t->pc;
          break;
        case Op::Print: {
          std::string text = op.text;
          if (auto p = text.find("{name}"); p != std::string::npos) text.replace(p, 6, t->name);
          if (auto p = text.find("{item}"); p != std::string::npos)
            text.replace(p, 6, t->item ? std::to_string(*t->item) : "None");
          rec_.console_output(Stream::Stdout, text + "\n", at);
          ++t->pc;
          break;
        }
        case Op::Sleep: {
          ++t->pc;
          if (op.num == 0) {
            rec_.step_suspended(at, {ObjKind::Sleep, 0, "sleep(0)"});
            wake(id, Waker::task(id), {});
            return;
          }
          HandleId h = next_handle_++;
          char label[32];
          std::snprintf(label, sizeof label, "sleep(%g)", op.num);
          double when = rec_.time() + op.num;
          rec_.timer_scheduled(h, when, label, at);
          timers_.push_back(Timer{h, when, seq_++, id, label});
          rec_.step_suspended(at, {ObjKind::Sleep, h, label});
          return;
        }
        case Op::Jump:
          t->pc = static_cast<std::size_t>(op.num);
          break;
        case Op::Spawn: {
          std::size_t program = static_cast<std::size_t>(op.num);
          std::size_t bar = op.text.find('|');
          std::string coro = op.text.substr(0, bar);
          ++t->pc;
          TaskId child = create(program, coro, at);
          if (bar != std::string::npos) task(child).name = op.text.substr(bar + 1);
          task(child).parent = id;
          task(id).children.push_back(child);
          wake(child, Waker::task(id), {});
          break;
        }
        case Op::Gather: {
          bool all_done = std::all_of(t->children.begin(), t->children.end(),
                                      [&](TaskId c) { return !task(c).alive; });
          ++t->pc;
          if (!all_done) {
            t->in_gather = true;
            rec_.step_suspended(at, {ObjKind::Future, kGatherId, "gather(3 tasks)"});
            return;
          }
          break;
        }
        case Op::Finish:
          finish(*t, op.line);
          return;
      }
    }
  }

  Recorder& rec_;
  std::size_t maxsize_;
  std::vector<Program> programs_;
  std::vector<Task> tasks_;
  std::deque<Entry> ready_;
  std::vector<Timer> timers_, fired_;
  std::deque<std::optional<int>> queue_;
  std::deque<TaskId> getters_, putters_;
  HandleId next_handle_ = 1;
  uint64_t seq_ = 0;
};

Op op(Op::Kind k, uint32_t line, double num = 0, std::string text = {}) {
  return Op{k, line, num, std::move(text)};
}

}  // namespace

// ---- the two scenarios ----

void record_demo_trace(Recorder& rec) {
  Scheduler s(rec, 1);
  // main (program 0): the queue, gather's three tasks, then wait for them.
  s.add_program({op(Op::Create, 23), op(Op::Spawn, 24, 1, "producer"),
                 op(Op::Spawn, 24, 2, "consumer|c1"), op(Op::Spawn, 24, 2, "consumer|c2"),
                 op(Op::Gather, 24), op(Op::Finish, 24)});
  Program producer;
  for (int i = 0; i < 4; ++i) {
    producer.push_back(op(Op::Put, 6, i));
    producer.push_back(op(Op::Print, 7, 0, "put " + std::to_string(i)));
    producer.push_back(op(Op::Sleep, 8, 0.5));
  }
  producer.push_back(op(Op::Put, 9, -1));
  producer.push_back(op(Op::Put, 10, -1));
  producer.push_back(op(Op::Finish, 10));
  s.add_program(std::move(producer));
  s.add_program({op(Op::Get, 15), op(Op::FinishIfNone, 17),
                 op(Op::Print, 18, 0, "{name} got {item}"), op(Op::Sleep, 19, 1.0),
                 op(Op::Jump, 15, 0)});
  s.run(0, UINT32_MAX - 2);
}

void record_load_trace(Recorder& rec, uint32_t events, uint32_t tasks) {
  Scheduler s(rec, 0);
  Program main{op(Op::Create, 3)};
  for (uint32_t i = 0; i < tasks; ++i) main.push_back(op(Op::Spawn, 12, 1, "worker"));
  main.push_back(op(Op::Gather, 12));
  main.push_back(op(Op::Finish, 12));
  s.add_program(std::move(main));
  s.add_program({op(Op::Sleep, 5, 0), op(Op::Put, 6, 1), op(Op::Sleep, 7, 0), op(Op::Get, 8),
                 op(Op::Print, 9, 0, "tick {item}"), op(Op::Sleep, 10, 0.001), op(Op::Jump, 5, 0)});
  s.run(0, events);
}

}  // namespace al::gui
