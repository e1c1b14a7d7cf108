#include "tests/engine/asyncio/prims_harness.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/deadlock.h"
#include "engine/asyncio/primitives_module.h"
#include "engine/asyncio/session.h"
#include "engine/loop/clock.h"
#include "engine/loop/event_loop.h"
#include "engine/loop/loop_trace.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/types.h"
#include "engine/trace/recorder.h"
#include "engine/vm/run.h"

namespace al::test {

namespace {

std::string* g_deadlock = nullptr;

// Records the report and ends the run with SystemExit(3): run_source does not catch the
// ProgramStop that the default hook throws under StopPolicy::Throw.
void test_deadlock_hook(EventLoop* loop) {
  *g_deadlock = deadlock_report(loop);
  Value code = int_from(int64_t(3));
  raise(call(exc::SystemExit, {code.get()}));
}

// make_asyncio_module installs the default hook; extensions run after it.
void install_test_hook(Module*) {
  g_loop_deadlock_hook = test_deadlock_hook;
}

}  // namespace

ScriptRun run_script(std::string_view source, trace::Recorder* rec) {
  // interp() must not be the first call into the runtime: runtime_init() allocates through it.
  runtime_init();
  static bool registered = false;
  if (!registered) {
    registered = true;
    asyncio_register_primitives();
    asyncio_add_extension(install_test_hook);
  }
  ScriptRun r;
  Interp& in = interp();
  auto saved_out = in.out;
  auto saved_err = in.err;
  in.out = [&r](std::string_view s) { r.out += s; };
  in.err = [&r](std::string_view s) { r.err += s; };
  SessionOptions options;
  options.recorder = rec;
  session_begin(options);
  g_deadlock = &r.deadlock;
  r.status = run_source(source, "test.py", {"test.py"});
  session_end();
  in.out = saved_out;
  in.err = saved_err;
  return r;
}

void check_oracle_case(const OracleCase& c) {
  INFO("case " << c.name);
  const ScriptRun r = run_script(c.source);
  INFO("stderr: " << r.err);
  CHECK(r.out == c.expected_out);
  CHECK(r.status == c.expected_status);
}

std::string primitive_ops_text(const trace::Recorder& rec) {
  std::ostringstream out;
  auto ids = [&](const std::vector<trace::TaskId>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
  };
  for (uint32_t i = 0; i < rec.size(); ++i) {
    const trace::Event& e = rec[i];
    if (e.kind != trace::EventKind::PrimitiveOp) continue;
    const trace::PrimitiveState st = rec.primitive_state(e);
    out << rec.str(e.obj_label) << " " << rec.str(e.text) << ": value=" << st.value;
    if (st.capacity) out << " capacity=" << st.capacity;
    if (st.owner) out << " owner=" << st.owner;
    if (!st.items.empty()) {
      out << " items=[";
      for (size_t k = 0; k < st.items.size(); ++k) out << (k ? ", " : "") << rec.str(st.items[k]);
      out << "]";
    }
    out << " waiters=" << ids(st.waiters);
    if (!st.waiters2.empty()) out << " waiters2=" << ids(st.waiters2);
    out << "\n";
  }
  return out.str();
}

}  // namespace al::test
