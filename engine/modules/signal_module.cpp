// The native half of the `signal` module (`_signal`): signal numbers, raise_signal, and
// Python-level handlers (signal.signal). As in CPython, the C handler only records that the
// signal arrived and trips the eval breaker; the Python handler runs at the next breaker check
// of the interpreter thread (or at once, when the script signalled itself). py/signal.py wraps
// these in the Signals and Handlers enums.
// CPython: Modules/signalmodule.c
#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>

#include "engine/modules/native_modules.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/eval.h"
#include "engine/vm/sandbox.h"
#include "engine/vm/signal_wake.h"

namespace al {

extern std::atomic<bool> g_eval_breaker;

namespace {

// CPython's Signals members on Linux in value order, each alias after its canonical name.
struct SignalName {
  const char* name;
  int number;
};
const SignalName kSignals[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},       {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},     {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
    {"SIGTERM", SIGTERM},     {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},
    {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},     {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},     {"SIGPWR", SIGPWR},
    {"SIGSYS", SIGSYS},       {"SIGRTMIN", 34},         {"SIGRTMAX", 64},
};

// Per signal: the Python handler (null: SIG_DFL or SIG_IGN as the int stored in `plain`),
// whether it tripped, and the disposition to restore when the next run starts.
struct Slot {
  Value handler;
  int plain = 0;
  std::atomic<bool> tripped{false};
  bool installed = false;
  struct sigaction saved {};
};
std::array<Slot, NSIG>& slots() {
  static std::array<Slot, NSIG> s;
  return s;
}
Value& default_int_handler() {
  static Value h;
  return h;
}

extern "C" void on_signal(int sig) {
  slots()[size_t(sig)].tripped.store(true);
  g_eval_breaker.store(true);
  wake_for_signal();
}

int check_signum(Object* o) {
  const int64_t n = index_as_int64(o);
  if (n < 1 || n >= NSIG) raise(exc::ValueError, "signal number out of range");
  return int(n);
}

// Set when raise_signal ran the handlers itself: the breaker that the C handler tripped is then
// already served and must not be taken for Ctrl-C.
std::atomic<bool> g_served{false};

// CPython: signalmodule.c _PyErr_CheckSignalsTstate: runs each tripped signal's handler.
bool run_tripped_handlers() {
  bool any = false;
  for (int sig = 1; sig < NSIG; ++sig) {
    Slot& s = slots()[size_t(sig)];
    if (!s.tripped.exchange(false)) continue;
    any = true;
    if (!s.handler) continue;
    Value num = int_from(sig);
    call(s.handler.get(), {num.get(), None});
  }
  return any;
}

// The eval breaker's hook (engine/vm/eval.h).
bool on_breaker() {
  const bool served = g_served.exchange(false);
  return run_tripped_handlers() || served;
}

Value sig_default_int_handler(Object*, Args) {
  raise(exc::KeyboardInterrupt, "");
}

Value sig_raise_signal(Object*, Args a) {
  check_one_arg(a, "raise_signal");
  const int sig = check_signum(a[0]);
  sandbox_check_self_signal(sig);
  if (::raise(sig) != 0) raise(call(exc::OSError, {int_from(errno).get()}));
  signal_run_pending();
  return Value(None);
}

Value sig_strsignal(Object*, Args a) {
  check_one_arg(a, "strsignal");
  const int sig = check_signum(a[0]);
  const char* text = ::strsignal(sig);
  if (!text || std::strncmp(text, "Unknown signal", 14) == 0) return Value(None);
  return str_from(text);
}

Value handler_value(const Slot& s) {
  return s.handler ? s.handler : int_from(s.plain);
}

Value sig_getsignal(Object*, Args a) {
  check_one_arg(a, "getsignal");
  return handler_value(slots()[size_t(check_signum(a[0]))]);
}

// signal(signalnum, handler): SIG_DFL (0), SIG_IGN (1) or a callable; returns the old handler.
Value sig_signal(Object*, Args a) {
  no_kwargs(a, "signal");
  check_positional(a, "signal", 2, 2);
  const int sig = check_signum(a[0]);
  Object* h = a[1];
  int plain = -1;
  if (is_instance(h, int_type)) {
    const int64_t v = index_as_int64(h);
    if (v == 0 || v == 1) plain = int(v);
  }
  if (plain < 0 && !is_callable(h)) {
    raise(exc::TypeError,
          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  if (sig == SIGKILL || sig == SIGSTOP)
    raise(call(exc::OSError, {int_from(EINVAL).get(), str_from("Invalid argument").get()}));
  Slot& s = slots()[size_t(sig)];
  Value old = handler_value(s);
  struct sigaction act {};
  sigemptyset(&act.sa_mask);
  act.sa_handler = plain == 0 ? SIG_DFL : plain == 1 ? SIG_IGN : on_signal;
  struct sigaction before {};
  ::sigaction(sig, &act, &before);
  if (!s.installed) {
    s.installed = true;
    s.saved = before;
  }
  s.handler = plain < 0 ? Value(h) : Value();
  s.plain = plain < 0 ? 0 : plain;
  return old;
}

Ref<Module> make_signal_module() {
  // A new run: put back what earlier runs of this process changed.
  for (int sig = 1; sig < NSIG; ++sig) {
    Slot& s = slots()[size_t(sig)];
    if (s.installed) ::sigaction(sig, &s.saved, nullptr);
    s.installed = false;
    s.handler = Value();
    s.plain = 0;
    s.tripped.store(false);
  }
  g_run_signal_handlers = on_breaker;
  Ref<Module> m = module_new("_signal");
  Module* mp = m.get();
  module_add_function(mp, "raise_signal", sig_raise_signal);
  module_add_function(mp, "strsignal", sig_strsignal);
  module_add_function(mp, "getsignal", sig_getsignal);
  module_add_function(mp, "signal", sig_signal);
  default_int_handler() = make_builtin("default_int_handler", sig_default_int_handler);
  module_add(mp, "default_int_handler", default_int_handler().get());
  // SIGINT starts with default_int_handler (KeyboardInterrupt), as in CPython.
  slots()[SIGINT].handler = default_int_handler();
  Ref<List> names = list_new();
  for (const SignalName& n : kSignals) {
    Value pair_name = str_from(n.name);
    Value pair_num = int_from(n.number);
    Ref<Tuple> pair = tuple_from({pair_name.get(), pair_num.get()});
    list_append(names.get(), pair.get());
  }
  module_add(mp, "_signals", names.get());
  Value nsig = int_from(NSIG);
  module_add(mp, "NSIG", nsig.get());
  return m;
}

}  // namespace

void signal_run_pending() {
  bool any = false;
  for (int sig = 1; sig < NSIG && !any; ++sig) any = slots()[size_t(sig)].tripped.load();
  if (!any) return;
  // The breaker the C handler tripped is served here, not by a later check (see on_breaker).
  g_served.store(true);
  run_tripped_handlers();
}

void register_signal_module() {
  register_module_factory("_signal", make_signal_module);
}

}  // namespace al
