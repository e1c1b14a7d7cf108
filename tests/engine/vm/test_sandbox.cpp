// The file sandbox (engine/vm/sandbox.h): which paths resolve inside the workspace folder, and
// the exact PermissionError open() raises for the others.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "engine/vm/sandbox.h"
#include "tests/engine/vm/run_capture.h"

using namespace al;

namespace {

// A fresh folder tree under /tmp: ws/ (the workspace, with sub/ and a.txt) and outside/secret.
struct Tree {
  std::string root;
  std::string ws;
  Tree() {
    char tmpl[] = "/tmp/awaitlab-sandbox-XXXXXX";
    root = ::mkdtemp(tmpl);
    char real[PATH_MAX];
    root = ::realpath(root.c_str(), real);
    ws = root + "/ws";
    ::mkdir(ws.c_str(), 0755);
    ::mkdir((ws + "/sub").c_str(), 0755);
    ::mkdir((root + "/outside").c_str(), 0755);
    std::ofstream(ws + "/a.txt") << "inside\n";
    std::ofstream(root + "/outside/secret") << "secret\n";
    REQUIRE(sandbox_set_workspace(ws));
  }
  ~Tree() {
    sandbox_set_workspace("");
    std::string cmd = "rm -rf '" + root + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  void link(const std::string& target, const std::string& name) const {
    REQUIRE(::symlink(target.c_str(), (ws + "/" + name).c_str()) == 0);
  }
};

std::string outside_msg(const std::string& path, const std::string& ws) {
  return std::string(kSandboxPrefix) + "'" + path + "' is outside the workspace folder " + ws;
}

}  // namespace

TEST_CASE("sandbox: paths inside the workspace are allowed and start at the workspace") {
  Tree t;
  CHECK(sandbox_workspace() == t.ws);
  SandboxPath p = sandbox_check("a.txt");
  CHECK_FALSE(p.refusal);
  CHECK(p.os_path == t.ws + "/a.txt");
  CHECK(p.resolved == t.ws + "/a.txt");
  CHECK_FALSE(sandbox_check("sub/../a.txt").refusal);
  CHECK_FALSE(sandbox_check("./sub/new/file.txt").refusal);  // missing files may be created
  CHECK_FALSE(sandbox_check(t.ws + "/sub").refusal);
  CHECK(sandbox_check(".").resolved == t.ws);
}

TEST_CASE("sandbox: .. and absolute paths that leave the workspace are refused") {
  Tree t;
  CHECK(sandbox_check("../outside/secret").refusal ==
        "'../outside/secret' is outside the workspace folder " + t.ws);
  CHECK(sandbox_check("sub/../../ws-sibling").refusal ==
        "'sub/../../ws-sibling' is outside the workspace folder " + t.ws);
  CHECK(sandbox_check("/etc/passwd").refusal ==
        "'/etc/passwd' is outside the workspace folder " + t.ws);
  // A prefix of the name is not a parent folder.
  CHECK(sandbox_check(t.ws + "x/file").refusal);
  CHECK(sandbox_check("missing/../../outside/new").refusal);
}

TEST_CASE("sandbox: symlinks are followed, also to files that do not exist yet") {
  Tree t;
  t.link(t.root + "/outside/secret", "to-secret");
  t.link(t.root + "/outside/new-file", "dangling");
  t.link("../outside", "out-dir");
  t.link("sub", "in-dir");
  t.link("loop-b", "loop-a");
  t.link("loop-a", "loop-b");
  CHECK(sandbox_check("to-secret").refusal ==
        "'to-secret' is outside the workspace folder " + t.ws);
  CHECK(sandbox_check("dangling").resolved == t.root + "/outside/new-file");
  CHECK(sandbox_check("dangling").refusal);
  CHECK(sandbox_check("out-dir/secret").refusal);
  CHECK(sandbox_check("in-dir/../a.txt").resolved == t.ws + "/a.txt");
  CHECK_FALSE(sandbox_check("in-dir/x.txt").refusal);
  CHECK(sandbox_check("loop-a").refusal == "'loop-a' has too many levels of symbolic links");
}

TEST_CASE("sandbox: hidden files and folders are refused") {
  Tree t;
  CHECK(sandbox_check(".ssh/id_rsa").refusal ==
        "'.ssh/id_rsa' is a hidden file or folder (its name starts with a dot)");
  CHECK(sandbox_check("sub/.git").refusal);
  t.link(".hidden", "visible");
  CHECK(sandbox_check("visible").refusal ==
        "'visible' is a hidden file or folder (its name starts with a dot)");
}

TEST_CASE("sandbox: without a workspace every file is refused; a missing folder is not one") {
  REQUIRE(sandbox_set_workspace(""));
  CHECK(sandbox_check("a.txt").refusal ==
        "this run has no workspace folder, so it cannot use 'a.txt'");
  CHECK_FALSE(sandbox_set_workspace("/nonexistent/awaitlab"));
  CHECK(sandbox_workspace().empty());
}

TEST_CASE("sandbox: open() raises PermissionError saying why, and works inside") {
  Tree t;
  test::RunResult r = test::run_program(
      "with open('a.txt') as f:\n"
      "    print(f.read(), end='')\n"
      "with open('sub/new.txt', 'w') as f:\n"
      "    f.write('hi')\n"
      "print(open('sub/new.txt').read(), open('sub/new.txt').name)\n"
      "for p in ['/etc/passwd', '../outside/secret', '.env']:\n"
      "    try:\n"
      "        open(p, 'w')\n"
      "    except PermissionError as e:\n"
      "        print(type(e).__name__, e.errno, e)\n"
      "try:\n"
      "    open('x\\0y')\n"
      "except ValueError as e:\n"
      "    print(e)\n"
      "open('/etc/passwd')\n");
  CHECK(r.out ==
        "inside\nhi sub/new.txt\n"
        "PermissionError None " +
            outside_msg("/etc/passwd", t.ws) +
            "\n"
            "PermissionError None " +
            outside_msg("../outside/secret", t.ws) +
            "\n"
            "PermissionError None " +
            std::string(kSandboxPrefix) +
            "'.env' is a hidden file or folder (its name starts with a dot)\n"
            "embedded null byte\n");
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
        "  File \"test.py\", line 15, in <module>\n"
        "    open('/etc/passwd')\n"
        "PermissionError: " +
            outside_msg("/etc/passwd", t.ws) + "\n");
  CHECK(r.status == 1);
  std::ifstream check(t.root + "/outside/secret");
  std::string line;
  std::getline(check, line);
  CHECK(line == "secret");
}

TEST_CASE("sandbox: tracebacks show no lines of files outside the workspace") {
  Tree t;
  const std::string outside = t.root + "/outside/secret";
  test::RunResult r = test::run_program(
      "import traceback\n"
      "for name in ['" +
      outside +
      "', 'a.txt']:\n"
      "    try:\n"
      "        exec(compile('1/0', name, 'exec'))\n"
      "    except ZeroDivisionError:\n"
      "        traceback.print_exc()\n");
  const std::string head =
      "Traceback (most recent call last):\n"
      "  File \"test.py\", line 4, in <module>\n"
      "    exec(compile('1/0', name, 'exec'))\n";
  // The file inside the workspace shows its first line ("inside"), the one outside does not.
  CHECK(r.err == head + "  File \"" + outside +
                     "\", line 1, in <module>\n"
                     "ZeroDivisionError: division by zero\n" +
                     head +
                     "  File \"a.txt\", line 1, in <module>\n"
                     "    inside\n"
                     "    ^^^\n"
                     "ZeroDivisionError: division by zero\n");
}
