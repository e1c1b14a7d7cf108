// Frame allocation, release and cell set-up (CPython: Python/frame.c, ceval.c MAKE_CELL /
// COPY_FREE_VARS).
#include "engine/vm/frame.h"

#include <new>
#include <vector>

#include "engine/runtime/dict.h"
#include "engine/runtime/tuple.h"
#include "engine/vm/function.h"

namespace al {

namespace {

// Recycled frame memory by slot count: calls of the same function reuse the same block, so a
// call costs no malloc in steady state.
constexpr size_t kClasses = 128;
constexpr size_t kMaxCached = 64;

struct FreeLists {
  std::vector<void*> lists[kClasses];
  ~FreeLists() {
    for (auto& l : lists) {
      for (void* p : l) ::operator delete(p);
    }
  }
};

FreeLists& free_lists() {
  static thread_local FreeLists f;
  return f;
}

size_t frame_bytes(size_t nslots) { return sizeof(Frame) + nslots * sizeof(Object*); }

void incref(Object* o) {
  if (o) o->incref();
}

}  // namespace

Frame* frame_new(Code* code, Function* func, Dict* globals, Dict* builtins, Object* locals) {
  const size_t nslots = code->nlocalsplus + code->stacksize;
  void* mem = nullptr;
  uint8_t cls = 0xFF;
  if (nslots < kClasses) {
    cls = uint8_t(nslots);
    auto& list = free_lists().lists[nslots];
    if (!list.empty()) {
      mem = list.back();
      list.pop_back();
    }
  }
  if (!mem) mem = ::operator new(frame_bytes(nslots));
  Frame* f = static_cast<Frame*>(mem);
  f->code = code;
  f->func = func;
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  code->incref();
  incref(func);
  globals->incref();
  builtins->incref();
  incref(locals);
  f->back = nullptr;
  f->gen = nullptr;
  f->ip = 0;
  f->lasti = UINT32_MAX;  // not started: tracebacks show the first line
  f->sp = 0;
  f->is_entry = 0;
  f->nslots_class = cls;
  Object** s = f->slots();
  for (uint32_t i = 0; i < code->nlocalsplus; ++i) s[i] = nullptr;
  return f;
}

void frame_free(Frame* f) {
  Object** s = f->slots();
  const uint32_t n = f->code->nlocalsplus + f->sp;
  for (uint32_t i = 0; i < n; ++i) {
    if (Object* o = s[i]) o->decref();
  }
  Code* code = f->code;
  Object* func = f->func;
  Dict* globals = f->globals;
  Dict* builtins = f->builtins;
  Object* locals = f->locals;
  const uint8_t cls = f->nslots_class;
  if (cls != 0xFF && free_lists().lists[cls].size() < kMaxCached) {
    free_lists().lists[cls].push_back(f);
  } else {
    ::operator delete(f);
  }
  // Released after the memory is recycled: their destructors may run Python code that
  // allocates frames.
  if (locals) locals->decref();
  builtins->decref();
  globals->decref();
  if (func) func->decref();
  code->decref();
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
