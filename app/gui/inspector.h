// The inspector: the loop's state at the cursor in tabs — tasks, the event loop (ready queue in
// order, timers by deadline, pending I/O, virtual time), primitives (queues, locks, events,
// semaphores, conditions with their waiters), the console up to the cursor in task colours, and
// problems (diagnostics, errors).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <imgui.h>

#include "app/gui/session.h"

namespace al::gui {

struct InspectorRequest {
  bool move_cursor = false;
  uint32_t cursor = 0;
  bool select_task = false;
  trace::TaskId task = 0;
  int reveal_line = 0;  // 1-based editor line to show, 0 for none
};

enum class InspectorTab { tasks, loop, primitives, console, problems };

class Inspector {
 public:
  InspectorRequest draw(ImVec2 size, Session& s, uint32_t cursor, trace::TaskId selected,
                        ImFont* code_font);
  InspectorTab tab() const { return tab_; }
  static const char* tab_name(InspectorTab t);
  // Brings `t` forward on the next frame (a guided step's panel= key).
  void select(InspectorTab t);
  // Selects the tab a guided step's panel= names; false for "code" or an unknown name.
  bool select_panel(const std::string& panel);
  // The tab to bring forward on the next frame, if any.
  const std::optional<InspectorTab>& pending() const { return pending_; }

 private:
  void tasks(Session& s, const trace::State& st, trace::TaskId selected, InspectorRequest& req);
  void loop(Session& s, const trace::State& st);
  void primitives(Session& s, const trace::State& st);
  void console(Session& s, uint32_t cursor, ImFont* code_font, InspectorRequest& req);
  void problems(Session& s, uint32_t cursor, InspectorRequest& req);

  InspectorTab tab_ = InspectorTab::tasks;
  std::optional<InspectorTab> pending_;
  uint32_t console_seen_ = 0;  // console lines shown last frame, to follow new output
};

}  // namespace al::gui
