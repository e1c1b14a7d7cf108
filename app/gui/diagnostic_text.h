// The engine's diagnostics (deadlock lines, the blocked-loop report, scheduling decisions, ...)
// in the UI language. The engine writes them in English, as the CLI prints them; the window
// reads their parts back and rewords them through the i18n table, so the 简体中文 UI shows
// Chinese sentences with the same task names, labels and numbers. A text that matches no known
// form is shown as the engine wrote it.
#pragma once

#include <string>
#include <string_view>

#include "engine/trace/event.h"

namespace al::gui {

// `english` is the diagnostic event's text; the result is in language(). In English it equals
// `english`.
std::string localized_diagnostic(trace::DiagKind kind, std::string_view english);

}  // namespace al::gui
