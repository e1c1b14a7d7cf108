// `prims_cli run FILE.py`: the CLI's run path with the primitives registered, for running the
// conformance suite (tests/conformance/run.py) against this folder's code before the asyncio
// module registers the primitives itself.
#include <cstdio>
#include <string>
#include <vector>

#include "engine/asyncio/primitives_module.h"
#include "engine/asyncio/session.h"
#include "engine/vm/run.h"

int main(int argc, char** argv) {
  if (argc < 3 || std::string(argv[1]) != "run") {
    std::fprintf(stderr, "usage: prims_cli run FILE.py [args...]\n");
    return 2;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  al::asyncio_register_primitives();
  al::SessionOptions options;
  options.stop = al::StopPolicy::Exit;
  al::session_begin(options);
  const int status = al::run_file(args[0], args);
  al::session_end();
  std::fflush(stdout);
  std::fflush(stderr);
  return status;
}
