// The loop's default exception handler (CPython: base_events.py default_exception_handler).
// asyncio logs through logger.error; with logging unconfigured the last-resort handler prints
// the message, then the formatted exception, on stderr.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/loop/event_loop.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "engine/vm/traceback.h"

namespace al {

void default_exception_handler(EventLoop*, Dict* context) {
  std::string message;
  if (Object* m = dict_get_cstr(context, "message"); m && truthy(m)) {
    message = str(m)->s;
  } else {
    message = "Unhandled exception in event loop";
  }
  Object* exception = dict_get_cstr(context, "exception");
  std::vector<std::pair<std::string, Value>> items;
  dict_for_each(context, [&](Object* k, Object* v) {
    if (!is_instance(k, str_type)) return;
    const std::string& key = static_cast<Str*>(k)->s;
    if (key == "message" || key == "exception") return;
    items.emplace_back(key, Value(v));
  });
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string text = message;
  for (const auto& [key, value] : items) text += "\n" + key + ": " + repr(value.get())->s;
  text += "\n";
  if (exception && exception != None) text += format_exception(exception);
  if (interp().err) interp().err(text);
}

}  // namespace al
