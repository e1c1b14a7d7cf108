// Frame allocation, release and cell set-up (CPython: Python/frame.c, ceval.c MAKE_CELL /
// COPY_FREE_VARS).
#include "engine/vm/frame.h"

#include "engine/runtime/dict.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/vm/function.h"

namespace al {

thread_local FrameFreeLists tl_frame_free_lists;

Value frame_locals_snapshot(Frame* f) {
  if (f->locals) return Value(f->locals);
  Code* co = f->code;
  Ref<Dict> d = dict_new();
  for (uint32_t i = 0; i < co->nlocals; ++i) {
    if (Object* v = f->localsplus()[i]) dict_set(d.get(), co->varnames[i], v);
  }
  for (uint32_t i = 0; i < co->ncells + co->nfree; ++i) {
    Object* v = static_cast<Cell*>(f->cells()[i])->ref.get();
    if (!v) continue;
    Str* name = i < co->ncells ? co->cellvars[i] : co->freevars[i - co->ncells];
    dict_set(d.get(), name, v);
  }
  return d;
}

void frame_init_cells(Frame* f, Tuple* closure) {
  Code* code = f->code;
  Object** cells = f->cells();
  const auto& cell2arg = code->unit->cell2arg;
  for (uint32_t i = 0; i < code->ncells; ++i) {
    Object* initial = nullptr;
    if (code->has_cell_args && cell2arg[i] >= 0) {
      // A captured parameter lives in its cell; the fast slot stays empty.
      Object*& arg = f->localsplus()[cell2arg[i]];
      initial = arg;
      arg = nullptr;
    }
    Ref<Cell> c = cell_new(initial);
    if (initial) initial->decref();
    cells[i] = c.release();
  }
  for (uint32_t i = 0; i < code->nfree; ++i) {
    Object* c = closure->items[i];
    c->incref();
    cells[code->ncells + i] = c;
  }
}

}  // namespace al
