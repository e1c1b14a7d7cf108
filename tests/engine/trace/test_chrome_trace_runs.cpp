// The streaming Chrome export of real runs (the benchmarks' programs at a small scale and every
// lesson's scripts, through the whole engine on the virtual clock) holds exactly the records the
// TraceModel gives (chrome_stream_check.h).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/trace/recorder.h"
#include "tests/engine/asyncio/prims_harness.h"
#include "tests/engine/trace/chrome_stream_check.h"

namespace fs = std::filesystem;
using namespace al::trace;

namespace {

void check_run(const std::string& source) {
  Recorder rec({.enabled = true, .wall_clock = false});
  al::test::run_script(source, &rec);
  REQUIRE(rec.size() > 0);
  test::check_stream_matches_model(rec);
}

}  // namespace

TEST_CASE("streamed chrome trace of the benchmarks' programs equals the model's", "[trace]") {
  // bench/asyncio: sleep(0) switches, a queue ping-pong, lock contention, a large gather.
  check_run(R"(import asyncio
async def worker(rounds, counter):
    for _ in range(rounds):
        await asyncio.sleep(0)
    counter[0] += rounds
async def main():
    counter = [0]
    await asyncio.gather(*[worker(5, counter) for _ in range(20)])
asyncio.run(main())
)");
  check_run(R"(import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q):
    while (await q.get()) is not None:
        pass
async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await producer(q, 50)
    await c
asyncio.run(main())
)");
  check_run(R"(import asyncio
async def worker(lock, iters):
    for _ in range(iters):
        async with lock:
            await asyncio.sleep(0)
async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    async with sem:
        await asyncio.gather(*[worker(lock, 5) for _ in range(10)])
asyncio.run(main())
)");
  check_run(R"(import asyncio
async def job(i):
    await asyncio.sleep(0)
    return i
async def main():
    return sum(await asyncio.gather(*[job(i) for i in range(200)]))
asyncio.run(main())
)");
}

TEST_CASE("streamed chrome trace of every lesson script equals the model's", "[trace]") {
  size_t scripts = 0;
  for (const auto& dir : fs::directory_iterator(fs::path(AWAITLAB_SOURCE_DIR) / "lessons")) {
    if (!dir.is_directory()) continue;
    for (const auto& file : fs::directory_iterator(dir.path())) {
      if (file.path().extension() != ".py") continue;
      std::ifstream in(file.path());
      std::stringstream text;
      text << in.rdbuf();
      INFO(file.path().string());
      check_run(text.str());
      ++scripts;
    }
  }
  REQUIRE(scripts >= 25);
}
