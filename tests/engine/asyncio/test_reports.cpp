// The reports that end a run with exit status 3 (deadlock, blocked loop) and the CLI's trace
// outputs, through the real `awaitlab run` binary: its StopPolicy::Exit ends the process the way
// the oracle's os._exit does, which an in-process test cannot observe.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

struct CliRun {
  int status = -1;
  std::string out;  // stdout and stderr, in that order (stderr redirected to a file)
  std::string err;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs `awaitlab run OPTIONS script.py` on `source` in a temporary folder.
CliRun run_cli(const std::string& source, const std::string& options = "") {
  char dir_template[] = "/tmp/awaitlab-test-XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  std::ofstream(dir + "/script.py") << source;
  const std::string cmd =
      "cd " + dir + " && " AWAITLAB_BIN " run " + options + " script.py 2>" + dir + "/err.txt";
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int rc = pclose(p);
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.err = read_file(dir + "/err.txt");
  std::remove((dir + "/script.py").c_str());
  std::remove((dir + "/err.txt").c_str());
  std::remove((dir + "/trace.json").c_str());
  std::remove(dir.c_str());
  return r;
}

}  // namespace

TEST_CASE("a deadlock names each waiting task, what it waits on and where", "[reports][deadlock]") {
  const CliRun r = run_cli(R"(import asyncio

async def a(fut):
    await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(a(fut))
    print("before")
    await asyncio.gather(t)

asyncio.run(main())
)");
  CHECK(r.status == 3);
  CHECK(r.out == "before\n");
  CHECK(r.err ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on gather() at line 10: it finishes only when Task-2 (a) is done\n"
        "  Task-2 (a) waits on a Future at line 4: no task, callback or timer will ever set its "
        "result\n");
}

TEST_CASE("two tasks awaiting each other", "[reports][deadlock]") {
  const CliRun r = run_cli(R"(import asyncio

async def first():
    await asyncio.sleep(0)
    await second_task

async def second():
    await first_task

async def main():
    global first_task, second_task
    first_task = asyncio.create_task(first())
    second_task = asyncio.create_task(second())
    await first_task

asyncio.run(main())
)");
  CHECK(r.status == 3);
  CHECK(r.err ==
        "awaitlab: deadlock: every task is waiting and nothing can wake any of them\n"
        "  Task-1 (main) waits on Task-2 (first) at line 14: which is waiting too and will never "
        "finish\n"
        "  Task-2 (first) waits on Task-3 (second) at line 5: the two tasks wait for each other\n"
        "  Task-3 (second) waits on Task-2 (first) at line 8: the two tasks wait for each other\n");
}

TEST_CASE("the watchdog stops a step that never awaits", "[reports][watchdog]") {
  const CliRun r = run_cli(R"(import asyncio

async def main():
    print("start")
    await asyncio.sleep(1)
    n = 0
    while True:
        n += 1

asyncio.run(main())
)",
                           "--watchdog-instructions 100000");
  CHECK(r.status == 3);
  CHECK(r.out == "start\n");
  CHECK(r.err ==
        "awaitlab: blocked loop: Task-1 ran 100,000 instructions at line 7 without awaiting: this "
        "blocks the event loop\n");
}

TEST_CASE("the --timeline option prints the tasks' lanes on stderr; stdout stays the script's",
          "[reports][cli]") {
  const CliRun r = run_cli(R"(import asyncio

async def worker(d):
    await asyncio.sleep(d)

async def main():
    await asyncio.gather(worker(1), worker(2))
    print("done")

asyncio.run(main())
)",
                           "--timeline");
  // Each waiting worker shows ready (░) in the column in which its timer fired. asyncio.run's
  // shutdown tasks (Task-4, Task-5) are loop-internal: their steps 7 and 8 count, no row shows.
  CHECK(r.status == 0);
  CHECK(r.out == "done\n");
  CHECK(r.err ==
        "steps 1–8 (1 column = 1 step), virtual time 0.000–2.000\n"
        "                1\n"
        "Task-1 (main)   █····█✓  done, result None\n"
        "Task-2 (worker) ░█░█✓    done, result None\n"
        "Task-3 (worker) ░░█░█✓   done, result None\n"
        "legend: █ running  ░ ready  · waiting  ✓ done  ✗ failed  ⊘ cancelled\n");
}

TEST_CASE("the --trace option writes Chrome Trace Event JSON", "[reports][cli]") {
  char dir_template[] = "/tmp/awaitlab-trace-XXXXXX";
  const std::string dir = mkdtemp(dir_template);
  std::ofstream(dir + "/t.py") << "import asyncio\nasyncio.run(asyncio.sleep(1))\n";
  const std::string cmd = "cd " + dir + " && " AWAITLAB_BIN " run --trace out.json t.py";
  CHECK(std::system(cmd.c_str()) == 0);
  const std::string json = read_file(dir + "/out.json");
  CHECK(json.rfind("{\"traceEvents\":[", 0) == 0);
  CHECK(json.find("\"thread_name\"") != std::string::npos);
  std::remove((dir + "/t.py").c_str());
  std::remove((dir + "/out.json").c_str());
  std::remove(dir.c_str());
}

TEST_CASE("the --clock real option waits for real; the virtual clock jumps", "[reports][clock]") {
  const std::string script = R"(import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    t0, w0 = loop.time(), time.monotonic()
    await asyncio.gather(asyncio.sleep(0.3), asyncio.sleep(0.2))
    time.sleep(0.1)
    print(round(loop.time() - t0, 1), round(time.monotonic() - w0, 1))

asyncio.run(main())
)";
  const auto start = std::chrono::steady_clock::now();
  const CliRun real = run_cli(script, "--clock real");
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(real.status == 0);
  CHECK(real.out == "0.4 0.4\n");
  CHECK(elapsed >= 0.4);
  const CliRun virt = run_cli(script);
  CHECK(virt.status == 0);
  CHECK(virt.out == "0.4 0.4\n");
}
