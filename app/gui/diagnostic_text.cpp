// Index: 1. the forms (one regex per engine sentence, with the i18n key that rewords it)
//        2. deadlock lines   3. the other kinds   4. localized_diagnostic (cached per language)
// The English forms mirror the engine's writers: engine/asyncio/deadlock.cpp (the line shape),
// the WaitKind `explain` functions in lock/queue/event/condition/semaphore/barrier.cpp,
// watchdog.cpp, schedule.cpp (decision_text), future.cpp and task.cpp (finalizers).
#include "app/gui/diagnostic_text.h"

#include <map>
#include <regex>
#include <utility>
#include <vector>

#include "app/gui/i18n.h"

namespace al::gui {

namespace {

// ---- 1. the forms ----

struct Form {
  std::regex re;
  const char* key;  // i18n key whose {0}, {1}, ... are the regex's groups in order
};

Form form(const char* re, const char* key) {
  return Form{std::regex(re), key};
}

// Why nothing can wake the task: the end of a deadlock line.
const std::vector<Form>& reason_forms() {
  static const std::vector<Form> forms = {
      form(R"(no task can put into this queue any more)", "diagr.queue_get"),
      form(R"(the queue is full \(maxsize=(.+)\) and no task can get from it any more)",
           "diagr.queue_put"),
      form(
          R"(1 item has not been marked done with task_done\(\), and no task can call it any more)",
          "diagr.queue_join_1"),
      form(
          R"((\d+) items have not been marked done with task_done\(\), and no task can call it any more)",
          "diagr.queue_join_n"),
      form(R"(no task can set this event any more)", "diagr.event"),
      form(R"(no task can notify this condition any more)", "diagr.condition"),
      form(R"(the semaphore has a free slot, but no task will run to take it)", "diagr.sem_free"),
      form(R"(its value is 0 and no task can release it any more)", "diagr.sem_zero"),
      form(R"((\d+) of (\d+) parties are waiting and no other task can arrive any more)",
           "diagr.barrier_filling"),
      form(R"(the barrier is (\w+) and no task can move it on any more)", "diagr.barrier_state"),
      form(R"(the lock is free, but no task will run to take it)", "diagr.lock_free"),
      form(R"(the lock was acquired outside any task and nothing will release it)",
           "diagr.lock_outside"),
      form(R"(this task already holds the lock \(an asyncio\.Lock is not reentrant\))",
           "diagr.lock_reentrant"),
      form(R"(the lock is held by (.+), which finished without releasing it)",
           "diagr.lock_holder_done"),
      form(R"(the lock is held by (.+), which will never run again)", "diagr.lock_holder_stuck"),
      form(R"(the lock is held by (.+), which waits on (.+))", "diagr.lock_holder_waits"),
      form(R"(the two tasks wait for each other)", "diagr.mutual"),
      form(R"(it waits for itself)", "diagr.self"),
      form(R"(which is waiting too and will never finish)", "diagr.other_waits"),
      form(R"(it finishes only when (.+) is done)", "diagr.gather_1"),
      form(R"(it finishes only when (.+) are done)", "diagr.gather_n"),
      form(R"(nothing can complete it any more)", "diagr.nothing"),
      form(R"(no task, callback or timer will ever set its result)", "diagr.future"),
      form(R"(nothing will run it again)", "diagr.not_scheduled"),
  };
  return forms;
}

// Whole sentences of the other diagnostic kinds.
const std::vector<Form>& sentence_forms(trace::DiagKind kind) {
  static const std::vector<Form> none;
  static const std::vector<Form> blocked = {
      form(
          R"((.+?) ran ([\d,]+) instructions at line (\d+) without awaiting: this blocks the event loop)",
          "diags.blocked_at"),
      form(R"((.+?) ran ([\d,]+) instructions without awaiting: this blocks the event loop)",
           "diags.blocked"),
  };
  static const std::vector<Form> choice = {
      form(R"((\d+) tasks were ready: (.+); chosen (.+) \(asyncio would pick (.+)\))",
           "diags.choice"),
  };
  static const std::vector<Form> retrieved = {
      form(R"((\w+) exception was never retrieved: ([\s\S]*))", "diags.never_retrieved"),
  };
  static const std::vector<Form> destroyed = {
      form(R"((.+) was destroyed but it is pending!)", "diags.destroyed_pending"),
  };
  switch (kind) {
    case trace::DiagKind::BlockedLoop:
      return blocked;
    case trace::DiagKind::ScheduleChoice:
      return choice;
    case trace::DiagKind::ExceptionNeverRetrieved:
      return retrieved;
    case trace::DiagKind::TaskDestroyedPending:
      return destroyed;
    default:
      return none;
  }
}

// The first form that matches all of `text`, reworded; `found` tells whether one did.
std::string apply(const std::vector<Form>& forms, const std::string& text, bool& found) {
  std::smatch m;
  for (const Form& f : forms) {
    if (!std::regex_match(text, m, f.re)) continue;
    std::vector<std::string> groups;
    for (size_t i = 1; i < m.size(); ++i) groups.push_back(m[i].str());
    std::vector<std::string_view> args(groups.begin(), groups.end());
    found = true;
    switch (args.size()) {
      case 0:
        return tr(f.key);
      case 1:
        return trf(f.key, {args[0]});
      case 2:
        return trf(f.key, {args[0], args[1]});
      case 3:
        return trf(f.key, {args[0], args[1], args[2]});
      default:
        return trf(f.key, {args[0], args[1], args[2], args[3]});
    }
  }
  found = false;
  return text;
}

// ---- 2. deadlock lines ----

// "Task-3 (consumer) waits on Queue.get() at line 12: no task can put into this queue any more"
// (deadlock.cpp: title, what it waits on, " at line N" when known, ": " and the reason).
std::string localize_deadlock(const std::string& text) {
  static const std::regex line_re(
      R"((.+?) (waits on (.+?)|is not scheduled)(?: at line (\d+))?(?:: (.+))?)");
  std::smatch m;
  if (!std::regex_match(text, m, line_re)) return text;
  const std::string title = m[1].str();
  std::string s;
  if (m[3].matched) {
    const std::string what = m[3].str();
    s = what == "a Future" ? trf("diagd.waits_future", {title})
                           : trf("diagd.waits_on", {title, what});
  } else {
    s = trf("diagd.not_scheduled", {title});
  }
  if (m[4].matched) s = trf("diagd.at_line", {s, m[4].str()});
  if (m[5].matched) {
    bool found = false;
    const std::string reason = apply(reason_forms(), m[5].str(), found);
    s = trf("diagd.because", {s, reason});
  }
  return s;
}

// ---- 3. the other kinds ----

std::string localize(trace::DiagKind kind, const std::string& text) {
  if (kind == trace::DiagKind::Deadlock) return localize_deadlock(text);
  bool found = false;
  return apply(sentence_forms(kind), text, found);
}

}  // namespace

// ---- 4. localized_diagnostic ----

std::string localized_diagnostic(trace::DiagKind kind, std::string_view english) {
  // The Problems list redraws every frame: each text is reworded once per language.
  static std::map<std::pair<Lang, std::string>, std::string> cache;
  std::string text(english);
  auto key = std::make_pair(language(), std::string(1, static_cast<char>(kind)) + text);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() > 4096) cache.clear();
  std::string out = localize(kind, text);
  cache.emplace(std::move(key), out);
  return out;
}

}  // namespace al::gui
