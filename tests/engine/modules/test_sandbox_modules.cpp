// The sandbox in the modules scenarios import (engine/vm/sandbox.h): os, os.path, signal,
// aiofiles, the refused process and native-code modules and asyncio's process API. Each refusal
// is checked with its exact message; the allowed calls with CPython's results (the pure os.path
// values were printed by python3 3.11 for the same expressions).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>
#include <csignal>

#include <cstdlib>
#include <fstream>
#include <string>

#include "engine/vm/run.h"
#include "engine/vm/sandbox.h"
#include "tests/engine/modules/modules_harness.h"

using namespace al;

namespace {

// A fresh workspace folder with notes.txt, and a file beside it outside the workspace.
struct Workspace {
  std::string root;
  std::string ws;
  Workspace() {
    char tmpl[] = "/tmp/awaitlab-modules-XXXXXX";
    char real[PATH_MAX];
    root = ::realpath(::mkdtemp(tmpl), real);
    ws = root + "/ws";
    ::mkdir(ws.c_str(), 0755);
    std::ofstream(ws + "/notes.txt") << "one\ntwo\nthree\n";
    std::ofstream(root + "/secret.txt") << "secret\n";
    REQUIRE(sandbox_set_workspace(ws));
  }
  ~Workspace() {
    sandbox_set_workspace("");
    std::string cmd = "rm -rf '" + root + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
};

const std::string kPrefix = kSandboxPrefix;

// Prints "ExceptionType: message" for each statement of `calls` (one per line).
std::string each_refusal(const std::string& setup, const std::string& calls) {
  return setup + "for stmt in " + calls +
         ":\n"
         "    try:\n"
         "        exec(stmt)\n"
         "    except Exception as e:\n"
         "        print(type(e).__name__ + ':', e)\n";
}

}  // namespace

TEST_CASE("sandbox modules: importing process and native-code modules is refused") {
  test::ScriptRun r = test::run_script(each_refusal(
      "",
      "['import subprocess', 'import ctypes', 'import multiprocessing', 'import cffi', "
      "'import _posixsubprocess', 'import pty', 'import asyncio.subprocess', 'import _ctypes']"));
  const std::string procs = " module starts processes, and scenarios cannot start processes\n";
  const std::string native = " module loads native code, and scenarios cannot load native code\n";
  CHECK(r.out ==
        "PermissionError: " + kPrefix + "the subprocess" + procs + "PermissionError: " + kPrefix +
            "the ctypes" + native + "PermissionError: " + kPrefix + "the multiprocessing" + procs +
            "PermissionError: " + kPrefix + "the cffi" + native + "PermissionError: " + kPrefix +
            "the _posixsubprocess" + procs + "PermissionError: " + kPrefix + "the pty" + procs +
            "PermissionError: " + kPrefix + "the asyncio.subprocess" + procs +
            "PermissionError: " + kPrefix + "the _ctypes" + native);
  CHECK(r.status == 0);
}

TEST_CASE("sandbox modules: os calls that start processes or leave the file rules are refused") {
  test::ScriptRun r = test::run_script(each_refusal(
      "import os\n",
      "['os.system(\"ls\")', 'os.popen(\"ls\")', 'os.fork()', 'os.execv(\"/bin/sh\", [])', "
      "'os.spawnl(0, \"/bin/sh\")', 'os.posix_spawn(\"/bin/sh\", [], {})', 'os.killpg(0, 9)', "
      "'os.kill(1, 15)', 'os.symlink(\"a\", \"b\")', 'os.chdir(\"/\")']"));
  const std::string proc = "() would start or control a process, and scenarios cannot do that\n";
  CHECK(r.out ==
        "PermissionError: " + kPrefix + "os.system" + proc + "PermissionError: " + kPrefix +
            "os.popen" + proc + "PermissionError: " + kPrefix + "os.fork" + proc +
            "PermissionError: " + kPrefix + "os.execv" + proc + "PermissionError: " + kPrefix +
            "os.spawnl" + proc + "PermissionError: " + kPrefix + "os.posix_spawn" + proc +
            "PermissionError: " + kPrefix + "os.killpg" + proc + "PermissionError: " + kPrefix +
            "os.kill() can signal only the scenario's own process (os.getpid()), not 1\n"
            "PermissionError: " +
            kPrefix +
            "os.symlink() is not available to scenarios\n"
            "PermissionError: " +
            kPrefix + "os.chdir() is not available to scenarios\n");
}

TEST_CASE("sandbox modules: asyncio's process API is refused") {
  test::ScriptRun r = test::run_script(
      "import asyncio\n"
      "async def main():\n"
      "    loop = asyncio.get_running_loop()\n"
      "    for start in (lambda: asyncio.create_subprocess_exec('ls'),\n"
      "                  lambda: asyncio.create_subprocess_shell('ls'),\n"
      "                  lambda: loop.subprocess_exec(object, 'ls'),\n"
      "                  lambda: loop.subprocess_shell(object, 'ls')):\n"
      "        try:\n"
      "            await start()\n"
      "        except PermissionError as e:\n"
      "            print(e)\n"
      "asyncio.run(main())\n");
  const std::string tail = "() would start a process, and scenarios cannot start processes\n";
  CHECK(r.out == kPrefix + "asyncio.create_subprocess_exec" + tail + kPrefix +
                     "asyncio.create_subprocess_shell" + tail + kPrefix + "loop.subprocess_exec" +
                     tail + kPrefix + "loop.subprocess_shell" + tail);
  CHECK(r.status == 0);
}

TEST_CASE("sandbox modules: os and os.path work inside the workspace") {
  Workspace w;
  test::ScriptRun r = test::run_script(
      "import os\n"
      "print(os.getcwd() == " +
      std::string("'") + w.ws +
      "')\n"
      "os.mkdir('data')\n"
      "os.makedirs('data/a/b', exist_ok=True)\n"
      "with open(os.path.join('data', 'x.txt'), 'w') as f:\n"
      "    f.write('12345')\n"
      "print(sorted(os.listdir()), os.listdir('data/a'))\n"
      "print(os.path.exists('data/x.txt'), os.path.isfile('data/x.txt'), os.path.isdir('data'),\n"
      "      os.path.exists('nope'), os.path.getsize('data/x.txt'), "
      "os.stat('data/x.txt').st_size)\n"
      "os.rename('data/x.txt', 'data/y.txt')\n"
      "os.remove('data/y.txt')\n"
      "os.rmdir('data/a/b')\n"
      "print(sorted(os.listdir('data')), os.path.abspath('data/../notes.txt') == os.getcwd() + "
      "'/notes.txt')\n"
      "try:\n"
      "    os.remove('gone.txt')\n"
      "except FileNotFoundError as e:\n"
      "    print(e)\n"
      "print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/x/y/'), "
      "os.path.splitext('d/.bashrc'),\n"
      "      os.path.splitext('a.tar.gz'), os.path.basename('a/b.py'), os.path.dirname('a/b.py'),\n"
      "      os.path.normpath('a//./b/../../../c'), os.path.normpath('//x/../y'), os.sep, "
      "os.name)\n"
      "print(os.getpid() > 0, type(os.environ).__name__, 'HOME' in os.environ, os.getenv('NOPE', "
      "'d'))\n"
      "for p in ['/etc/passwd', '../secret.txt']:\n"
      "    for f in (os.path.exists, os.listdir, os.remove, os.stat):\n"
      "        try:\n"
      "            f(p)\n"
      "        except PermissionError as e:\n"
      "            print(f.__name__, e)\n");
  const std::string etc = kPrefix + "'/etc/passwd' is outside the workspace folder " + w.ws + "\n";
  const std::string sec =
      kPrefix + "'../secret.txt' is outside the workspace folder " + w.ws + "\n";
  CHECK(r.out ==
        "True\n"
        "['data', 'notes.txt'] ['b']\n"
        "True True True False 5 5\n"
        "['a'] True\n"
        "[Errno 2] No such file or directory: 'gone.txt'\n"
        // python3 3.11: the same os.path expressions
        "/c/d ('/x/y', '') ('d/.bashrc', '') ('a.tar', '.gz') b.py a ../c //y / posix\n"
        "True dict False d\n"
        "exists " +
            etc + "listdir " + etc + "remove " + etc + "stat " + etc + "exists " + sec +
            "listdir " + sec + "remove " + sec + "stat " + sec);
  CHECK(r.err == "");
  std::ifstream secret(w.root + "/secret.txt");
  std::string line;
  std::getline(secret, line);
  CHECK(line == "secret");
}

TEST_CASE("sandbox modules: signal.signal handlers run when the script signals itself") {
  test::ScriptRun r = test::run_script(
      "import os, signal\n"
      "print(repr(signal.SIGTERM), signal.SIGTERM, signal.SIGTERM.name, signal.Signals(2))\n"
      "print(repr(signal.SIG_DFL), repr(signal.getsignal(signal.SIGUSR1)), "
      "signal.getsignal(signal.SIGINT))\n"
      "print(signal.strsignal(signal.SIGTERM), signal.Signals.SIGIOT is signal.SIGABRT, "
      "len(signal.Signals))\n"
      "def handler(signum, frame):\n"
      "    print('handler', signal.Signals(signum).name, frame)\n"
      "print(repr(signal.signal(signal.SIGUSR1, handler)))\n"
      "signal.raise_signal(signal.SIGUSR1)\n"
      "print('after raise')\n"
      "os.kill(os.getpid(), signal.SIGUSR1)\n"
      "print('after kill', signal.getsignal(signal.SIGUSR1) is handler)\n"
      "print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)\n"
      "signal.raise_signal(signal.SIGUSR1)\n"
      "print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))\n"
      "try:\n"
      "    signal.signal(signal.SIGTERM, 'x')\n"
      "except TypeError as e:\n"
      "    print(e)\n");
  // python3 3.11 prints the same lines (the frame argument is a frame object there).
  CHECK(r.out ==
        "<Signals.SIGTERM: 15> 15 SIGTERM 2\n"
        "<Handlers.SIG_DFL: 0> <Handlers.SIG_DFL: 0> <built-in function default_int_handler>\n"
        "Terminated True 33\n"
        "<Handlers.SIG_DFL: 0>\n"
        "handler SIGUSR1 None\n"
        "after raise\n"
        "handler SIGUSR1 None\n"
        "after kill True\n"
        "True\n"
        "<Handlers.SIG_IGN: 1>\n"
        "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object\n");
  CHECK(r.status == 0);
}

TEST_CASE("sandbox modules: aiofiles reads and writes in the workspace through the executor") {
  Workspace w;
  test::ScriptRun r = test::run_script(
      "import asyncio, aiofiles, aiofiles.os\n"
      "async def main():\n"
      "    async with aiofiles.open('out.txt', 'w') as f:\n"
      "        print(await f.write('a\\nb\\n'))\n"
      "    f = await aiofiles.open('notes.txt')\n"
      "    print(repr(await f.readline()))\n"
      "    async for line in f:\n"
      "        print(repr(line))\n"
      "    await f.close()\n"
      "    async with aiofiles.open('out.txt') as f:\n"
      "        print(repr(await f.read()), f.name)\n"
      "    print(sorted(await aiofiles.os.listdir('.')))\n"
      "    try:\n"
      "        await aiofiles.open('../secret.txt')\n"
      "    except PermissionError as e:\n"
      "        print(e)\n"
      "asyncio.run(main())\n");
  CHECK(r.out ==
        "4\n'one\\n'\n'two\\n'\n'three\\n'\n'a\\nb\\n' out.txt\n['notes.txt', 'out.txt']\n" +
            kPrefix + "'../secret.txt' is outside the workspace folder " + w.ws + "\n");
  CHECK(r.err == "");
  CHECK(r.status == 0);
}

TEST_CASE("sandbox modules: in the window, a deadly signal to itself ends only the run") {
  // Catch2 handles SIGTERM itself; the window leaves it at its default (the process ends).
  struct sigaction dfl {
  }, catch_term{}, catch_hup{};
  dfl.sa_handler = SIG_DFL;
  ::sigaction(SIGTERM, &dfl, &catch_term);
  ::sigaction(SIGHUP, &dfl, &catch_hup);
  sandbox_set_signals_end_run(true);
  for (const char* send :
       {"os.kill(os.getpid(), signal.SIGTERM)", "signal.raise_signal(signal.SIGHUP)"}) {
    test::ScriptRun r = test::run_script(std::string("import os, signal\nprint('before')\n") +
                                         send + "\nprint('not reached')\n");
    INFO("stderr: " << r.err);
    CHECK(r.out == "before\n");
    CHECK(r.status == 130);  // as the window's Stop: an uncaught KeyboardInterrupt
    clear_run_stop();
  }
  // A signal with a handler is delivered as usual.
  test::ScriptRun r = test::run_script(
      "import os, signal\n"
      "signal.signal(signal.SIGTERM, lambda s, f: print('handled', s))\n"
      "os.kill(os.getpid(), signal.SIGTERM)\n"
      "print('after')\n");
  sandbox_set_signals_end_run(false);
  ::sigaction(SIGTERM, &catch_term, nullptr);
  ::sigaction(SIGHUP, &catch_hup, nullptr);
  CHECK(r.out == "handled 15\nafter\n");
  CHECK(r.status == 0);
}

TEST_CASE("sandbox modules: without a workspace folder no file can be used") {
  REQUIRE(sandbox_set_workspace(""));
  test::ScriptRun r = test::run_script(
      each_refusal("import os, os.path\n",
                   "['os.getcwd()', 'os.listdir()', 'os.path.exists(\"a\")', 'open(\"a\")']"));
  CHECK(r.out == "PermissionError: " + kPrefix + "this run has no workspace folder\n" +
                     "PermissionError: " + kPrefix +
                     "this run has no workspace folder, so it cannot use '.'\n" +
                     "PermissionError: " + kPrefix +
                     "this run has no workspace folder, so it cannot use 'a'\n" +
                     "PermissionError: " + kPrefix +
                     "this run has no workspace folder, so it cannot use 'a'\n");
}
