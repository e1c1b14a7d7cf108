// The native half of the `time` module (`_time`): the clock functions on the run's clock
// (engine/loop/clock.h) and the C strftime. In lessons time is virtual, so time.sleep(x) advances
// it by x while the loop stays blocked — what the timeline should show. py/time.py re-exports
// these and adds struct_time and the calendar conversions.
// CPython: Modules/timemodule.c
#include <cmath>
#include <ctime>
#include <string>

#include "engine/loop/clock.h"
#include "engine/modules/native_modules.h"
#include "engine/runtime/api.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {
namespace {

Value time_time(Object*, Args a) {
  check_no_args(a, "time");
  return float_from(clock_wall());
}

Value time_monotonic(Object*, Args a) {
  check_no_args(a, "monotonic");
  return float_from(clock_now());
}

Value time_perf_counter(Object*, Args a) {
  check_no_args(a, "perf_counter");
  return float_from(clock_now());
}

Value time_monotonic_ns(Object*, Args a) {
  check_no_args(a, "monotonic_ns");
  return int_from(clock_now_ns());
}

Value time_perf_counter_ns(Object*, Args a) {
  check_no_args(a, "perf_counter_ns");
  return int_from(clock_now_ns());
}

Value time_time_ns(Object*, Args a) {
  check_no_args(a, "time_ns");
  return int_from(clock_is_virtual() ? kFixedEpochNs + clock_now_ns()
                                     : int64_t(std::llround(clock_wall() * 1e9)));
}

// CPython: timemodule.c time_sleep / _PyTime_FromSecondsObject
Value time_sleep(Object*, Args a) {
  no_kwargs(a, "sleep");
  check_one_arg(a, "sleep");
  double seconds;
  Object* arg = a[0];
  if (is_instance(arg, float_type)) {
    seconds = float_as_double(arg);
    if (std::isnan(seconds)) raise_value_error("Invalid value NaN (not a number)");
  } else {
    seconds = double(index_as_int64(arg));
  }
  if (seconds < 0) raise_value_error("sleep length must be non-negative");
  clock_sleep(seconds);
  return Value(None);
}

// CPU time of the process or thread: real even on the virtual clock, as in the oracle.
double cpu_seconds(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

int64_t cpu_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value time_process_time(Object*, Args a) {
  check_no_args(a, "process_time");
  return float_from(cpu_seconds(CLOCK_PROCESS_CPUTIME_ID));
}

Value time_process_time_ns(Object*, Args a) {
  check_no_args(a, "process_time_ns");
  return int_from(cpu_ns(CLOCK_PROCESS_CPUTIME_ID));
}

Value time_thread_time(Object*, Args a) {
  check_no_args(a, "thread_time");
  return float_from(cpu_seconds(CLOCK_THREAD_CPUTIME_ID));
}

Value time_thread_time_ns(Object*, Args a) {
  check_no_args(a, "thread_time_ns");
  return int_from(cpu_ns(CLOCK_THREAD_CPUTIME_ID));
}

// _strftime(format, (year, mon, mday, hour, min, sec, wday, yday, isdst), zone): the fields in
// Python's convention, already range-checked by py/time.py (CPython: time_strftime after
// gettmarg/checktm). The C library formats them in the C locale, as CPython's does.
Value time_c_strftime(Object*, Args a) {
  no_kwargs(a, "_strftime");
  check_positional(a, "_strftime", 3, 3);
  const std::string& fmt = static_cast<Str*>(a[0])->s;
  int64_t f[9];
  for (size_t i = 0; i < 9; ++i)
    f[i] = index_as_int64(getitem(a[1], int_from(int64_t(i)).get()).get());
  std::string zone = static_cast<Str*>(a[2])->s;
  std::tm tm{};
  tm.tm_year = int(f[0] - 1900);
  tm.tm_mon = int(f[1] - 1);
  tm.tm_mday = int(f[2]);
  tm.tm_hour = int(f[3]);
  tm.tm_min = int(f[4]);
  tm.tm_sec = int(f[5]);
  tm.tm_wday = int((f[6] + 1) % 7);
  tm.tm_yday = int(f[7] - 1);
  tm.tm_isdst = int(f[8]);
  tm.tm_zone = zone.c_str();
  if (fmt.empty()) return Value(str_from(""));
  // strftime returns 0 both for "too small" and for an empty result: grow the buffer until the
  // text fits or it is far larger than any expansion (CPython: time_strftime's loop).
  for (size_t size = fmt.size() * 4 + 64;; size *= 2) {
    std::string out(size, '\0');
    size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
    if (n > 0 || size > fmt.size() * 256) {
      out.resize(n);
      return Value(str_from(out));
    }
  }
}

Ref<Module> make_time_module() {
  Ref<Module> m = module_new("_time");
  module_add_function(m.get(), "time", time_time);
  module_add_function(m.get(), "monotonic", time_monotonic);
  module_add_function(m.get(), "perf_counter", time_perf_counter);
  module_add_function(m.get(), "time_ns", time_time_ns);
  module_add_function(m.get(), "monotonic_ns", time_monotonic_ns);
  module_add_function(m.get(), "perf_counter_ns", time_perf_counter_ns);
  module_add_function(m.get(), "sleep", time_sleep);
  module_add_function(m.get(), "process_time", time_process_time);
  module_add_function(m.get(), "process_time_ns", time_process_time_ns);
  module_add_function(m.get(), "thread_time", time_thread_time);
  module_add_function(m.get(), "thread_time_ns", time_thread_time_ns);
  module_add_function(m.get(), "_strftime", time_c_strftime);
  return m;
}

}  // namespace

void register_time_module() {
  register_module_factory("_time", make_time_module);
}

}  // namespace al
