#include "engine/modules/frozen_modules.h"

#include <stdexcept>
#include <string>
#include <utility>

#include "engine/runtime/dict.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/module.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "engine/vm/code.h"
#include "engine/vm/eval.h"
#include "engine/vm/import.h"
#include "engine/vm/run.h"

namespace al {
namespace {

Ref<Module> load_frozen(const FrozenSource& src) {
  const std::string filename = std::string("<frozen ") + src.name + ">";
  Ref<Code> code = compile_to_code(src.text, filename);
  Ref<Module> m = module_new(src.name);
  Dict* g = m->dict.get();
  dict_set_str(g, "__builtins__", interp().builtins.get());
  dict_set_str(g, "__file__", str_from(filename).get());
  run_code(code.get(), g, g);
  return m;
}

// The registry takes plain function pointers: one instantiation per table slot.
template <size_t I>
Ref<Module> frozen_factory() {
  return load_frozen(kFrozenSources[I]);
}

template <size_t... I>
void register_slots(std::index_sequence<I...>) {
  ((I < kFrozenSourceCount ? register_module(kFrozenSources[I].name, &frozen_factory<I>) : void()),
   ...);
}

}  // namespace

void register_frozen_modules() {
  // 64 slots are more than the embedded modules; adding a module never needs a code change
  // until then, and the check below says so when it is reached.
  constexpr size_t kSlots = 64;
  static_assert(kSlots > 0);
  if (kFrozenSourceCount > kSlots) {
    throw std::logic_error("engine/modules: raise kSlots in frozen_modules.cpp");
  }
  register_slots(std::make_index_sequence<kSlots>{});
}

}  // namespace al
