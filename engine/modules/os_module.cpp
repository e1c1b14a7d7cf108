// The native half of the `os` module (`_os`), reduced to what scenarios need and run through the
// sandbox (engine/vm/sandbox.h): every path must lead into the workspace folder, relative paths
// start there, and the calls that start processes raise PermissionError. py/os.py re-exports
// these and adds os.path (py/posixpath.py), environ and stat_result.
// CPython: Modules/posixmodule.c
//
// Sections: 1. arguments and errors  2. files and folders  3. the process  4. refusals
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "engine/modules/native_modules.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/sandbox.h"

namespace al {
namespace {

// ---------------------------------------------------------------------------------------------
// 1. Arguments and errors
// ---------------------------------------------------------------------------------------------

// CPython: posixmodule.c path_converter (str only: scenarios have no bytes paths).
std::string path_arg(Object* p, const char* fname, const char* argname = "path") {
  if (!is_instance(p, str_type)) {
    raise(exc::TypeError, std::string(fname) + ": " + argname +
                              " should be string, bytes or os.PathLike, not " + p->type->name);
  }
  return static_cast<Str*>(p)->s;
}

// CPython: posixmodule.c path_error / path_error2 (OSError picks the subclass from errno).
[[noreturn]] void raise_os_error(int err, const std::string& filename,
                                 const std::string* filename2 = nullptr) {
  Value e = int_from(err);
  Value msg = str_from(std::strerror(err));
  Value fn = str_from(filename);
  if (!filename2) raise(call(exc::OSError, {e.get(), msg.get(), fn.get()}));
  Value fn2 = str_from(*filename2);
  raise(call(exc::OSError, {e.get(), msg.get(), fn.get(), None, fn2.get()}));
}

// ---------------------------------------------------------------------------------------------
// 2. Files and folders
// ---------------------------------------------------------------------------------------------

Value os_getcwd(Object*, Args a) {
  check_no_args(a, "getcwd");
  if (sandbox_workspace().empty()) sandbox_deny("this run has no workspace folder");
  return str_from(sandbox_workspace());
}

// listdir(path='.'): the names in readdir order, as CPython returns them.
Value os_listdir(Object*, Args a) {
  Object* v[1] = {};
  bind_args(a, "listdir", {"path"}, 0, v);
  const std::string path = v[0] && v[0] != None ? path_arg(v[0], "listdir") : ".";
  DIR* d = ::opendir(sandbox_path(path).c_str());
  if (!d) raise_os_error(errno, path);
  Ref<List> out = list_new();
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    Value name = str_from(e->d_name);
    list_append(out.get(), name.get());
  }
  ::closedir(d);
  return out;
}

// _stat(path, follow_symlinks): (st_mode, st_size, st_mtime) for os.stat_result.
Value os_stat(Object*, Args a) {
  check_positional(a, "_stat", 2, 2);
  const std::string path = path_arg(a[0], "stat");
  const std::string os_path = sandbox_path(path);
  struct stat st;
  const int rc = truthy(a[1]) ? ::stat(os_path.c_str(), &st) : ::lstat(os_path.c_str(), &st);
  if (rc != 0) raise_os_error(errno, path);
  Value mode = int_from(int64_t(st.st_mode));
  Value size = int_from(int64_t(st.st_size));
  Value mtime = float_from(double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9);
  return tuple_from({mode.get(), size.get(), mtime.get()});
}

Value one_path_call(Args a, const char* fname, int (*op)(const char*)) {
  Object* v[1] = {};
  bind_args(a, fname, {"path"}, 1, v);
  const std::string path = path_arg(v[0], fname);
  if (op(sandbox_path(path).c_str()) != 0) raise_os_error(errno, path);
  return Value(None);
}

Value os_remove(Object*, Args a) {
  return one_path_call(a, "remove", ::unlink);
}
Value os_unlink(Object*, Args a) {
  return one_path_call(a, "unlink", ::unlink);
}
Value os_rmdir(Object*, Args a) {
  return one_path_call(a, "rmdir", ::rmdir);
}

Value os_mkdir(Object*, Args a) {
  Object* v[2] = {};
  bind_args(a, "mkdir", {"path", "mode"}, 1, v);
  const std::string path = path_arg(v[0], "mkdir");
  const int64_t mode = v[1] ? index_as_int64(v[1]) : 0777;
  if (::mkdir(sandbox_path(path).c_str(), mode_t(mode)) != 0) raise_os_error(errno, path);
  return Value(None);
}

// rename and replace are the same rename(2) on POSIX.
Value rename_call(Args a, const char* fname) {
  Object* v[2] = {};
  bind_args(a, fname, {"src", "dst"}, 2, v);
  const std::string src = path_arg(v[0], fname, "src");
  const std::string dst = path_arg(v[1], fname, "dst");
  const std::string os_src = sandbox_path(src);
  const std::string os_dst = sandbox_path(dst);
  if (std::rename(os_src.c_str(), os_dst.c_str()) != 0) raise_os_error(errno, src, &dst);
  return Value(None);
}

Value os_rename(Object*, Args a) {
  return rename_call(a, "rename");
}
Value os_replace(Object*, Args a) {
  return rename_call(a, "replace");
}

// ---------------------------------------------------------------------------------------------
// 3. The process
// ---------------------------------------------------------------------------------------------

Value os_getpid(Object*, Args a) {
  check_no_args(a, "getpid");
  return int_from(int64_t(::getpid()));
}

// kill(pid, signal): a scenario may signal only itself (graceful-shutdown lessons do).
Value os_kill(Object*, Args a) {
  no_kwargs(a, "kill");
  check_positional(a, "kill", 2, 2);
  const int64_t pid = index_as_int64(a[0]);
  const int64_t sig = index_as_int64(a[1]);
  if (pid != int64_t(::getpid())) {
    sandbox_deny("os.kill() can signal only the scenario's own process (os.getpid()), not " +
                 std::to_string(pid));
  }
  sandbox_check_self_signal(int(sig));
  // To the calling thread, as raise() does: scripts run on an interpreter thread, and a
  // process-directed kill() would reach the main thread's handler only some time later, while
  // CPython's handler has run when os.kill returns.
  if (::raise(int(sig)) != 0) raise_os_error(errno, "");
  // CPython: os.kill checks for signals before it returns, so a handler runs at once.
  signal_run_pending();
  return Value(None);
}

// The environment variables a scenario sees: only those that shape text output, never tokens
// or paths of the user's machine.
Value environ_copy() {
  static const char* const kVisible[] = {"LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "TERM", "TZ"};
  Ref<Dict> env = dict_new();
  for (const char* name : kVisible) {
    if (const char* value = std::getenv(name)) {
      Value v = str_from(value);
      dict_set_str(env.get(), name, v.get());
    }
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// 4. Refusals
// ---------------------------------------------------------------------------------------------

// `self` of each refusing builtin is the message (without the sandbox prefix).
Value os_refuse(Object* self, Args) {
  sandbox_deny(static_cast<Str*>(self)->s);
}

// CPython's os functions that would start or replace a process, or step outside the file rules.
const char* const kProcessCalls[] = {
    "system",  "popen",    "fork",        "forkpty",      "execl",  "execle",
    "execlp",  "execlpe",  "execv",       "execve",       "execvp", "execvpe",
    "spawnl",  "spawnle",  "spawnlp",     "spawnlpe",     "spawnv", "spawnve",
    "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "killpg"};
const char* const kFileCalls[] = {"chdir", "chmod",   "chown", "chroot",
                                  "link",  "symlink", "open",  "truncate"};

Ref<Module> make_os_module() {
  Ref<Module> m = module_new("_os");
  Module* mp = m.get();
  module_add_function(mp, "getcwd", os_getcwd);
  module_add_function(mp, "listdir", os_listdir);
  module_add_function(mp, "_stat", os_stat);
  module_add_function(mp, "remove", os_remove);
  module_add_function(mp, "unlink", os_unlink);
  module_add_function(mp, "rmdir", os_rmdir);
  module_add_function(mp, "mkdir", os_mkdir);
  module_add_function(mp, "rename", os_rename);
  module_add_function(mp, "replace", os_replace);
  module_add_function(mp, "getpid", os_getpid);
  module_add_function(mp, "kill", os_kill);
  Value env = environ_copy();
  module_add(mp, "environ", env.get());
  for (const char* name : kProcessCalls) {
    Value why = str_from(std::string("os.") + name +
                         "() would start or control a process, and scenarios cannot do that");
    Value f = make_builtin(name, os_refuse, why.get());
    module_add(mp, name, f.get());
  }
  for (const char* name : kFileCalls) {
    Value why = str_from(std::string("os.") + name + "() is not available to scenarios");
    Value f = make_builtin(name, os_refuse, why.get());
    module_add(mp, name, f.get());
  }
  return m;
}

}  // namespace

void register_os_module() {
  register_module_factory("_os", make_os_module);
}

}  // namespace al
