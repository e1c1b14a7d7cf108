// The attribute inline caches (engine/vm/attr_cache.h) and the inline call paths: which kind
// each site is specialised to, and that every mutation of a class, a base, an instance or a
// module is seen by the next execution of a cached site.
#include <catch2/catch.hpp>

#include <string>

#include "engine/runtime/dict.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/str.h"
#include "engine/runtime/types.h"
#include "engine/vm/attr_cache.h"
#include "engine/vm/code.h"
#include "engine/vm/eval.h"
#include "engine/vm/function.h"
#include "engine/vm/opcodes.h"
#include "engine/vm/run.h"
#include "engine/vm/vm.h"
#include "tests/engine/vm/run_capture.h"

using namespace al;
using al::test::run_program;

namespace {

Ref<Dict> exec_module(const std::string& src) {
  vm_init();
  Ref<Code> code = compile_to_code(src, "attr_cache_test.py");
  Ref<Dict> g = dict_new();
  dict_set_str(g.get(), "__builtins__", interp().builtins.get());
  dict_set_str(g.get(), "__name__", str_from("attr_cache_test").get());
  run_code(code.get(), g.get(), g.get());
  return g;
}

Code* function_code(Dict* g, const char* name) {
  Object* f = dict_get_cstr(g, name);
  REQUIRE(f);
  REQUIRE(f->type == function_type);
  return static_cast<Function*>(f)->code.get();
}

// The kind of the cache entry of the first instruction `op` in `co` (Empty when the code
// made no cache at all).
AttrKind kind_at(Code* co, Op op) {
  if (!co->attr_cache) return AttrKind::Empty;
  for (uint32_t i = 0; i < co->ninstrs; ++i) {
    if (word_op(co->instrs[i]) == op) return co->attr_cache[i].kind;
  }
  FAIL("no such instruction");
  return AttrKind::Empty;
}

std::string out_of(const std::string& src) {
  auto r = run_program(src);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

}  // namespace

TEST_CASE("attribute sites specialise to the kind the lookup found", "[vm][attr_cache]") {
  Ref<Dict> g = exec_module(
      "import sys\n"
      "math = type(sys)('math')\n"
      "math.pi = 3.5\n"
      "class P:\n"
      "    k = 7\n"
      "    def __init__(self, x):\n"
      "        self.x = x\n"
      "    def m(self):\n"
      "        return 1\n"
      "    @property\n"
      "    def prop(self):\n"
      "        return self.x\n"
      "def inst(p): return p.x\n"
      "def meth(p): return p.m()\n"
      "def prop(p): return p.prop\n"
      "def cls_attr(p): return p.k\n"
      "def via_class(): return P.k\n"
      "def mod(): return math.pi\n"
      "def store(p): p.x = 3\n"
      "def make(): return P(1)\n"
      "p = P(2)\n"
      "for _ in range(2):\n"
      "    inst(p); meth(p); prop(p); cls_attr(p); via_class(); mod(); store(p); make()\n");
  CHECK(kind_at(function_code(g.get(), "inst"), Op::LOAD_ATTR) == AttrKind::InstanceValue);
  CHECK(kind_at(function_code(g.get(), "meth"), Op::LOAD_METHOD) == AttrKind::Method);
  CHECK(kind_at(function_code(g.get(), "prop"), Op::LOAD_ATTR) == AttrKind::PropertyFrame);
  CHECK(kind_at(function_code(g.get(), "cls_attr"), Op::LOAD_ATTR) == AttrKind::ClassAttr);
  CHECK(kind_at(function_code(g.get(), "via_class"), Op::LOAD_ATTR) == AttrKind::ClassValue);
  CHECK(kind_at(function_code(g.get(), "mod"), Op::LOAD_ATTR) == AttrKind::ModuleValue);
  CHECK(kind_at(function_code(g.get(), "store"), Op::STORE_ATTR) == AttrKind::StoreInstance);
  CHECK(kind_at(function_code(g.get(), "make"), Op::CALL) == AttrKind::Init);
}

TEST_CASE("a class with __getattr__ or a custom metaclass call is not specialised",
          "[vm][attr_cache]") {
  Ref<Dict> g = exec_module(
      "class G:\n"
      "    def __getattr__(self, n): return n\n"
      "class M(type):\n"
      "    def __call__(cls, *a): return super().__call__(*a)\n"
      "class C(metaclass=M):\n"
      "    def __init__(self): pass\n"
      "def get(o): return o.zzz\n"
      "def make(): return C()\n"
      "for _ in range(2):\n"
      "    get(G()); make()\n");
  CHECK(kind_at(function_code(g.get(), "get"), Op::LOAD_ATTR) == AttrKind::Empty);
  CHECK(kind_at(function_code(g.get(), "make"), Op::CALL) == AttrKind::Empty);
}

TEST_CASE("cached loads see class, base and instance changes", "[vm][attr_cache]") {
  CHECK(out_of("class B:\n"
               "    def f(self): return 'B'\n"
               "class C(B): pass\n"
               "def call(o): return o.f()\n"
               "c = C()\n"
               "r = [call(c)]\n"
               "B.f = lambda self: 'B2'\n"
               "r.append(call(c))\n"
               "C.f = lambda self: 'C'\n"
               "r.append(call(c))\n"
               "c.f = lambda: 'inst'\n"
               "r.append(call(c))\n"
               "del c.f, C.f\n"
               "r.append(call(c))\n"
               "print(r)\n") == "['B', 'B2', 'C', 'inst', 'B2']\n");
}

TEST_CASE("a data descriptor added later beats the instance dict", "[vm][attr_cache]") {
  CHECK(out_of("class A:\n"
               "    def __init__(self): self.v = 1\n"
               "def get(a): return a.v\n"
               "def put(a, x): a.v = x\n"
               "a = A()\n"
               "r = [get(a), get(a)]\n"
               "A.v = property(lambda s: 'prop', lambda s, x: print('set', x))\n"
               "put(a, 5)\n"
               "r += [get(a), a.__dict__['v']]\n"
               "del A.v\n"
               "put(a, 6)\n"
               "r.append(get(a))\n"
               "print(r)\n") == "set 5\n[1, 1, 'prop', 1, 6]\n");
}

TEST_CASE("__class__ assignment and __dict__ replacement are seen", "[vm][attr_cache]") {
  CHECK(out_of("class X:\n"
               "    def who(self): return 'X'\n"
               "class Y:\n"
               "    def who(self): return 'Y'\n"
               "def who(o): return o.who()\n"
               "def val(o): return o.v\n"
               "o = X()\n"
               "o.v = 1\n"
               "r = [who(o), val(o)]\n"
               "o.__class__ = Y\n"
               "o.__dict__ = {'v': 2}\n"
               "r += [who(o), val(o)]\n"
               "print(r)\n") == "['X', 1, 'Y', 2]\n");
}

TEST_CASE("__getattribute__ added to a class after caching takes over", "[vm][attr_cache]") {
  CHECK(out_of("class A:\n"
               "    def __init__(self): self.x = 1\n"
               "def get(a): return a.x\n"
               "a = A()\n"
               "r = [get(a), get(a)]\n"
               "A.__getattribute__ = lambda self, n: 'ga:' + n\n"
               "r.append(get(a))\n"
               "del A.__getattribute__\n"
               "r.append(get(a))\n"
               "print(r)\n") == "[1, 1, 'ga:x', 1]\n");
}

TEST_CASE("the inline __init__ push keeps type_call's behaviour", "[vm][attr_cache]") {
  CHECK(out_of("class P:\n"
               "    def __init__(self, x):\n"
               "        self.x = x\n"
               "        if x == 2: return 5\n"
               "def make(i): return P(i)\n"
               "r = [make(0).x, make(1).x]\n"
               "try:\n"
               "    make(2)\n"
               "except TypeError as e:\n"
               "    r.append(str(e))\n"
               "P.__init__ = lambda self, x: setattr(self, 'y', x)\n"
               "r.append(vars(make(3)))\n"
               "print(r)\n") == "[0, 1, \"__init__() should return None, not 'int'\", {'y': 3}]\n");
}

TEST_CASE("module attribute caches follow reassignment", "[vm][attr_cache]") {
  CHECK(out_of("import sys\n"
               "math = type(sys)('math')\n"
               "math.pi = 3.5\n"
               "def pi(): return math.pi\n"
               "r = [pi(), pi()]\n"
               "math.pi = 3\n"
               "r.append(pi())\n"
               "del math.pi\n"
               "try:\n"
               "    pi()\n"
               "except AttributeError as e:\n"
               "    r.append(str(e))\n"
               "print(r)\n") == "[3.5, 3.5, 3, \"module 'math' has no attribute 'pi'\"]\n");
}

TEST_CASE("instance dicts given back by dead instances start empty", "[vm][attr_cache]") {
  CHECK(out_of("class A:\n"
               "    pass\n"
               "seen = []\n"
               "for i in range(3):\n"
               "    a = A()\n"
               "    seen.append(dict(vars(a)))\n"
               "    a.x = i\n"
               "    a.y = [i]\n"
               "kept = A()\n"
               "kept.z = 1\n"
               "d = vars(kept)\n"
               "del kept\n"
               "b = A()\n"
               "print(seen, vars(b), d, b.__dict__ is d)\n") == "[{}, {}, {}] {} {'z': 1} False\n");
}
