// vm_run FILE.py [args]: runs a script with the VM alone (no asyncio or stdlib modules linked),
// for testing the language core independently of the rest of the engine.
#include <cstdio>
#include <string>
#include <vector>

#include "engine/vm/run.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: vm_run FILE.py [args...]\n");
    return 2;
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  const int status = al::run_file(argv[1], args);
  std::fflush(stdout);
  return status;
}
