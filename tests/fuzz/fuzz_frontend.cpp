// libFuzzer target over the front end and code generator: any byte string must either compile
// or raise SyntaxError — never crash, hang, or trip a sanitizer (issue 2, "bad input").
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/compiler/codegen.h"
#include "engine/compiler/syntax_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    al::compile_source(source, "fuzz.py");
  } catch (const al::SyntaxErrorException&) {
    // Rejecting the input with a SyntaxError is a correct outcome.
  }
  return 0;
}
