// The front end's entry points: parse, then the checks CPython makes after parsing.
#include "engine/compiler/parser.h"
#include "engine/compiler/parser_impl.h"
#include "engine/compiler/symtable.h"

namespace al {

std::unique_ptr<ast::Module> parse_module_unchecked(std::string_view source, std::string filename) {
  auto module = std::make_unique<ast::Module>();
  module->filename = std::move(filename);
  module->source = std::string(source);
  Source src(module->source, module->filename);
  parser::Parser p(src, module->arena, parser::StartRule::File);
  module->body = p.run_file();
  return module;
}

std::unique_ptr<ast::Module> parse_module(std::string_view source, std::string filename) {
  auto module = parse_module_unchecked(source, std::move(filename));
  analyze(*module);
  return module;
}

}  // namespace al
