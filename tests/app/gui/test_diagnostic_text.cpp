// The engine's diagnostics in the UI language (app/gui/diagnostic_text.h): real programs run
// through the interpreter make the deadlock, blocked-loop and scheduling sentences; in English
// the window shows them exactly as the engine wrote them, in 简体中文 reworded around the same
// names, labels and numbers.
#include <catch2/catch.hpp>

#include "app/gui/diagnostic_text.h"
#include "app/gui/engine_runner.h"
#include "app/gui/i18n.h"
#include "app/gui/scenario_runner.h"

using namespace al::gui;

namespace {

struct Diag {
  al::trace::DiagKind kind;
  std::string text;
};

std::vector<Diag> diagnostics_of(const std::string& source) {
  set_scenario_runner(run_with_engine);
  RunResult r = run_scenario(source, "diag.py", false);
  REQUIRE(r.model);
  std::vector<Diag> out;
  for (uint32_t i : r.model->diagnostics()) {
    const al::trace::Event& e = r.model->event(i);
    out.push_back(Diag{e.diag(), std::string(r.model->str(e.text))});
  }
  return out;
}

// Each diagnostic in English (must be the engine's text unchanged) and in Chinese.
std::vector<std::string> localized(const std::vector<Diag>& diags, Lang lang) {
  set_language(lang);
  std::vector<std::string> out;
  for (const Diag& d : diags) {
    std::string s = localized_diagnostic(d.kind, d.text);
    if (lang == Lang::en) CHECK(s == d.text);
    out.push_back(s);
  }
  set_language(Lang::en);
  return out;
}

}  // namespace

TEST_CASE("Deadlock lines are reworded in Chinese, names and lines kept", "[diagnostic_text]") {
  auto diags = diagnostics_of(R"(import asyncio

async def consumer(q):
    await q.get()

async def waiter(ev):
    await ev.wait()

async def holder(lock):
    await lock.acquire()

async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await holder(lock)
    await asyncio.gather(consumer(q), waiter(ev), lock.acquire())

asyncio.run(main())
)");
  REQUIRE(diags.size() == 4);
  std::vector<std::string> en = localized(diags, Lang::en);
  CHECK(en[0] ==
        "Task-1 (main) waits on gather() at line 17: it finishes only when Task-2 (consumer), "
        "Task-3 (waiter) and Task-4 are done");
  std::vector<std::string> zh = localized(diags, Lang::zh);
  CHECK(zh[0] ==
        "Task-1 (main) 在等待 gather()（第 17 行）：只有 Task-2 (consumer), Task-3 (waiter) "
        "and Task-4 都完成后它才会结束");
  CHECK(zh[1] ==
        "Task-2 (consumer) 在等待 Queue.get()（第 4 行）：再也没有任务能向这个队列放入数据");
  CHECK(zh[2] == "Task-3 (waiter) 在等待 Event.wait()（第 7 行）：再也没有任务能 set 这个事件");
  CHECK(zh[3].rfind("Task-4 在等待 Lock.acquire()：锁被 ", 0) == 0);
}

TEST_CASE("A full queue and a mutual wait are explained in Chinese", "[diagnostic_text]") {
  auto diags = diagnostics_of(R"(import asyncio

async def a(q):
    await q.put(1)
    await q.put(2)

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.create_task(a(q))

asyncio.run(main())
)");
  REQUIRE(diags.size() == 2);
  localized(diags, Lang::en);
  std::vector<std::string> zh = localized(diags, Lang::zh);
  CHECK(zh[0] == "Task-1 (main) 在等待 Task-2 (a)（第 9 行）：而对方也在等待，永远不会结束");
  CHECK(zh[1] ==
        "Task-2 (a) 在等待 Queue.put()（第 5 "
        "行）：队列已满（maxsize=1），再也没有任务能从中取出数据");
}

TEST_CASE("The blocked-loop report is reworded in Chinese", "[diagnostic_text]") {
  // The window's default budget (50,000,000 instructions) stops the spinning task.
  auto diags = diagnostics_of(R"(import asyncio

async def spin():
    n = 0
    while True:
        n += 1

asyncio.run(spin())
)");
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].kind == al::trace::DiagKind::BlockedLoop);
  CHECK(diags[1].kind == al::trace::DiagKind::TaskDestroyedPending);
  localized(diags, Lang::en);
  std::vector<std::string> zh = localized(diags, Lang::zh);
  CHECK(zh[0] == "Task-1 在第 5 行执行了 50,000,000 条指令而没有 await：这会阻塞事件循环");
  CHECK(zh[1] == "Task-1 在未完成时就被销毁了！");
}

TEST_CASE("Scheduling decisions and finalizer reports are reworded; unknown text is kept",
          "[diagnostic_text]") {
  set_language(Lang::zh);
  CHECK(localized_diagnostic(al::trace::DiagKind::ScheduleChoice,
                             "3 tasks were ready: Task-2, Task-3, Task-4; chosen Task-3 (asyncio "
                             "would pick Task-2)") ==
        "3 个任务就绪：Task-2, Task-3, Task-4；你选择了 Task-3（asyncio 会选 Task-2）");
  CHECK(localized_diagnostic(al::trace::DiagKind::ExceptionNeverRetrieved,
                             "Task exception was never retrieved: ValueError('boom')") ==
        "Task 的异常从未被获取：ValueError('boom')");
  CHECK(localized_diagnostic(al::trace::DiagKind::TaskDestroyedPending,
                             "Task-5 was destroyed but it is pending!") ==
        "Task-5 在未完成时就被销毁了！");
  CHECK(localized_diagnostic(al::trace::DiagKind::Deadlock, "something new") == "something new");
  set_language(Lang::en);
  CHECK(
      localized_diagnostic(al::trace::DiagKind::ScheduleChoice,
                           "2 tasks were ready: Task-2, Task-3; chosen Task-3 (asyncio would pick "
                           "Task-2)") ==
      "2 tasks were ready: Task-2, Task-3; chosen Task-3 (asyncio would pick Task-2)");
}
