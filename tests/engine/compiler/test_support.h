// Helpers shared by the compiler tests: reading the files regen.py writes.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace al::test {

inline std::string compiler_test_path(const std::string& relative) {
  return std::string(AL_COMPILER_TEST_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace al::test
