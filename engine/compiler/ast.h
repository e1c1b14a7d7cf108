// The abstract syntax tree: a mirror of CPython 3.11's `ast` module (CPython: Parser/Python.asdl).
//
// Sections: 1. kinds and enums  2. base classes  3. constants  4. statements
//           5. expressions  6. helper nodes (comprehension, arguments, ...)  7. ownership
//
// Every node class and field has the name it has in Python's `ast`, with two exceptions forced by
// C++: the abstract bases are `stmt`/`expr` (as in the ASDL), and the `arg` node is `Arg` because
// a C++ class cannot have a data member named like itself (its field keeps the name `arg`).
// The node's discriminator is `tag` because `Constant` already has a field named `kind`.
// Each class derives from NodeBase<its base, its kind>; classes whose ASDL fields coincide
// (FunctionDef and AsyncFunctionDef, For and AsyncFor, ...) share one field template but
// remain distinct types.
// Nodes live in the Module's Arena; children are plain pointers (section 7).
// Optional fields (`X?` in the ASDL) are null pointers / std::nullopt when Python shows None.
// Positions are 1-based lines and 0-based UTF-8 byte columns, exactly as CPython stores them.
// `match` statements are not part of the supported subset: they have no nodes, and the parser
// reports them as unsupported.
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace al::ast {

// ---------------------------------------------------------------- 1. kinds and enums

// clang-format off
enum class Kind : std::uint8_t {
  // mod
  Module,
  // stmt
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom, Global,
  Nonlocal, Expr, Pass, Break, Continue,
  // expr
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice,
  // helper nodes
  comprehension, ExceptHandler, arguments, arg, keyword, alias, withitem,
};
// clang-format on

// Python's class name of a node kind ("FunctionDef", "arg", ...).
const char* kind_name(Kind k);

// clang-format off
enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class Operator : std::uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
// clang-format on

const char* context_name(ExprContext c);     // "Load", "Store", "Del"
const char* boolop_name(BoolOperator op);    // "And", "Or"
const char* operator_name(Operator op);      // "Add", ..., "FloorDiv"
const char* unaryop_name(UnaryOperator op);  // "Invert", "Not", "UAdd", "USub"
const char* cmpop_name(CmpOp op);            // "Eq", ..., "NotIn"

// ---------------------------------------------------------------- 2. base classes

struct Node {
  explicit Node(Kind k) : tag(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  Kind tag;

  // Checked downcasts: `as` requires the right kind, `dyn` returns nullptr otherwise.
  template <class T>
  T& as() {
    assert(tag == T::kKind);
    return static_cast<T&>(*this);
  }
  template <class T>
  const T& as() const {
    assert(tag == T::kKind);
    return static_cast<const T&>(*this);
  }
  template <class T>
  T* dyn() {
    return tag == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* dyn() const {
    return tag == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

// A node that carries CPython's _attributes (lineno, col_offset, end_lineno, end_col_offset).
struct Located : Node {
  using Node::Node;
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct stmt : Located {
  using Located::Located;
};
struct expr : Located {
  using Located::Located;
};

// What every node class derives from: `Base` (stmt, expr, Located or Node) with the class's
// kind, which as<T>() and dyn<T>() check.
template <class Base, Kind K>
struct NodeBase : Base {
  static constexpr Kind kKind = K;
  NodeBase() : Base(K) {}
};

// Children are plain pointers into the tree's Arena (below); null marks an absent optional.
using StmtPtr = stmt*;
using ExprPtr = expr*;
using StmtList = std::vector<stmt*>;
using ExprList = std::vector<expr*>;

// ---------------------------------------------------------------- 3. constants

struct NoneValue {
  bool operator==(const NoneValue&) const = default;
};
struct EllipsisValue {
  bool operator==(const EllipsisValue&) const = default;
};
// An int too large for int64, as its exact decimal digits (no sign: literals are never negative).
struct BigInt {
  std::string decimal;
  bool operator==(const BigInt&) const = default;
};
// A str, UTF-8 encoded; lone surrogates from "\ud800"-style escapes use the 3-byte
// generalised UTF-8 form (WTF-8) since Python str allows them.
struct Str {
  std::string utf8;
  bool operator==(const Str&) const = default;
};
struct Bytes {
  std::string data;
  bool operator==(const Bytes&) const = default;
};
// An imaginary literal such as 2j (real part 0).
struct Imaginary {
  double imag;
  bool operator==(const Imaginary&) const = default;
};

using ConstantValue = std::variant<NoneValue, EllipsisValue, bool, std::int64_t, BigInt, double,
                                   Str, Bytes, Imaginary>;

// ---------------------------------------------------------------- helper nodes declared early

struct arguments;
struct keyword;
struct alias;
struct withitem;
struct comprehension;
struct ExceptHandler;
struct Arg;

// ---------------------------------------------------------------- 4. statements

// FunctionDef and AsyncFunctionDef have the same fields.
template <Kind K>
struct FunctionDefFields : NodeBase<stmt, K> {
  std::string name;
  arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns = nullptr;  // optional
};
struct FunctionDef : FunctionDefFields<Kind::FunctionDef> {};
struct AsyncFunctionDef : FunctionDefFields<Kind::AsyncFunctionDef> {};

struct ClassDef : NodeBase<stmt, Kind::ClassDef> {
  std::string name;
  ExprList bases;
  std::vector<keyword*> keywords;
  StmtList body;
  ExprList decorator_list;
};

struct Return : NodeBase<stmt, Kind::Return> {
  ExprPtr value = nullptr;  // optional
};

struct Delete : NodeBase<stmt, Kind::Delete> {
  ExprList targets;
};

struct Assign : NodeBase<stmt, Kind::Assign> {
  ExprList targets;
  ExprPtr value = nullptr;
};

struct AugAssign : NodeBase<stmt, Kind::AugAssign> {
  ExprPtr target = nullptr;
  Operator op = Operator::Add;
  ExprPtr value = nullptr;
};

struct AnnAssign : NodeBase<stmt, Kind::AnnAssign> {
  ExprPtr target = nullptr;
  ExprPtr annotation = nullptr;
  ExprPtr value = nullptr;  // optional
  int simple = 0;
};

// For and AsyncFor have the same fields.
template <Kind K>
struct ForFields : NodeBase<stmt, K> {
  ExprPtr target = nullptr;
  ExprPtr iter = nullptr;
  StmtList body;
  StmtList orelse;
};
struct For : ForFields<Kind::For> {};
struct AsyncFor : ForFields<Kind::AsyncFor> {};

struct While : NodeBase<stmt, Kind::While> {
  ExprPtr test = nullptr;
  StmtList body;
  StmtList orelse;
};

struct If : NodeBase<stmt, Kind::If> {
  ExprPtr test = nullptr;
  StmtList body;
  StmtList orelse;
};

// With and AsyncWith have the same fields.
template <Kind K>
struct WithFields : NodeBase<stmt, K> {
  std::vector<withitem*> items;
  StmtList body;
};
struct With : WithFields<Kind::With> {};
struct AsyncWith : WithFields<Kind::AsyncWith> {};

struct Raise : NodeBase<stmt, Kind::Raise> {
  ExprPtr exc = nullptr;    // optional
  ExprPtr cause = nullptr;  // optional
};

// Try and TryStar have the same fields.
template <Kind K>
struct TryFields : NodeBase<stmt, K> {
  StmtList body;
  std::vector<ExceptHandler*> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct Try : TryFields<Kind::Try> {};
struct TryStar : TryFields<Kind::TryStar> {};

struct Assert : NodeBase<stmt, Kind::Assert> {
  ExprPtr test = nullptr;
  ExprPtr msg = nullptr;  // optional
};

struct Import : NodeBase<stmt, Kind::Import> {
  std::vector<alias*> names;
};

struct ImportFrom : NodeBase<stmt, Kind::ImportFrom> {
  std::optional<std::string> module;  // None for `from . import x`
  std::vector<alias*> names;
  int level = 0;
};

struct Global : NodeBase<stmt, Kind::Global> {
  std::vector<std::string> names;
};

struct Nonlocal : NodeBase<stmt, Kind::Nonlocal> {
  std::vector<std::string> names;
};

struct Expr : NodeBase<stmt, Kind::Expr> {
  ExprPtr value = nullptr;
};

struct Pass : NodeBase<stmt, Kind::Pass> {};
struct Break : NodeBase<stmt, Kind::Break> {};
struct Continue : NodeBase<stmt, Kind::Continue> {};

// ---------------------------------------------------------------- 5. expressions

struct BoolOp : NodeBase<expr, Kind::BoolOp> {
  BoolOperator op = BoolOperator::And;
  ExprList values;
};

struct NamedExpr : NodeBase<expr, Kind::NamedExpr> {
  ExprPtr target = nullptr;
  ExprPtr value = nullptr;
};

struct BinOp : NodeBase<expr, Kind::BinOp> {
  ExprPtr left = nullptr;
  Operator op = Operator::Add;
  ExprPtr right = nullptr;
};

struct UnaryOp : NodeBase<expr, Kind::UnaryOp> {
  UnaryOperator op = UnaryOperator::Not;
  ExprPtr operand = nullptr;
};

struct Lambda : NodeBase<expr, Kind::Lambda> {
  arguments* args = nullptr;
  ExprPtr body = nullptr;
};

struct IfExp : NodeBase<expr, Kind::IfExp> {
  ExprPtr test = nullptr;
  ExprPtr body = nullptr;
  ExprPtr orelse = nullptr;
};

struct Dict : NodeBase<expr, Kind::Dict> {
  ExprList keys;  // a null key marks `**value` unpacking
  ExprList values;
};

struct Set : NodeBase<expr, Kind::Set> {
  ExprList elts;
};

// ListComp, SetComp and GeneratorExp have the same fields.
template <Kind K>
struct EltComprehensionFields : NodeBase<expr, K> {
  ExprPtr elt = nullptr;
  std::vector<comprehension*> generators;
};
struct ListComp : EltComprehensionFields<Kind::ListComp> {};
struct SetComp : EltComprehensionFields<Kind::SetComp> {};
struct GeneratorExp : EltComprehensionFields<Kind::GeneratorExp> {};

struct DictComp : NodeBase<expr, Kind::DictComp> {
  ExprPtr key = nullptr;
  ExprPtr value = nullptr;
  std::vector<comprehension*> generators;
};

struct Await : NodeBase<expr, Kind::Await> {
  ExprPtr value = nullptr;
};

struct Yield : NodeBase<expr, Kind::Yield> {
  ExprPtr value = nullptr;  // optional
};

struct YieldFrom : NodeBase<expr, Kind::YieldFrom> {
  ExprPtr value = nullptr;
};

struct Compare : NodeBase<expr, Kind::Compare> {
  ExprPtr left = nullptr;
  std::vector<CmpOp> ops;
  ExprList comparators;
};

struct Call : NodeBase<expr, Kind::Call> {
  ExprPtr func = nullptr;
  ExprList args;
  std::vector<keyword*> keywords;
};

struct FormattedValue : NodeBase<expr, Kind::FormattedValue> {
  ExprPtr value = nullptr;
  int conversion = -1;            // -1, or 's' (115), 'r' (114), 'a' (97)
  ExprPtr format_spec = nullptr;  // optional; a JoinedStr when present
};

struct JoinedStr : NodeBase<expr, Kind::JoinedStr> {
  ExprList values;  // Constant (str) and FormattedValue nodes
};

struct Constant : NodeBase<expr, Kind::Constant> {
  ConstantValue value;
  std::optional<std::string> kind;  // "u" for u-prefixed strings, else None
};

struct Attribute : NodeBase<expr, Kind::Attribute> {
  ExprPtr value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : NodeBase<expr, Kind::Subscript> {
  ExprPtr value = nullptr;
  ExprPtr slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Starred : NodeBase<expr, Kind::Starred> {
  ExprPtr value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : NodeBase<expr, Kind::Name> {
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List : NodeBase<expr, Kind::List> {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : NodeBase<expr, Kind::Tuple> {
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : NodeBase<expr, Kind::Slice> {
  ExprPtr lower = nullptr;  // optional
  ExprPtr upper = nullptr;  // optional
  ExprPtr step = nullptr;   // optional
};

// ---------------------------------------------------------------- 6. helper nodes

struct comprehension : NodeBase<Node, Kind::comprehension> {
  ExprPtr target = nullptr;
  ExprPtr iter = nullptr;
  ExprList ifs;
  int is_async = 0;
};

struct ExceptHandler : NodeBase<Located, Kind::ExceptHandler> {
  ExprPtr type = nullptr;           // optional
  std::optional<std::string> name;  // optional
  StmtList body;
};

struct Arg : NodeBase<Located, Kind::arg> {
  std::string arg;
  ExprPtr annotation = nullptr;  // optional
};

struct arguments : NodeBase<Node, Kind::arguments> {
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;  // optional
  std::vector<Arg*> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; null where it has no default
  Arg* kwarg = nullptr;  // optional
  ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct keyword : NodeBase<Located, Kind::keyword> {
  std::optional<std::string> arg;  // None for `**value`
  ExprPtr value = nullptr;
};

struct alias : NodeBase<Located, Kind::alias> {
  std::string name;
  std::optional<std::string> asname;
};

struct withitem : NodeBase<Node, Kind::withitem> {
  ExprPtr context_expr = nullptr;
  ExprPtr optional_vars = nullptr;  // optional
};

// ---------------------------------------------------------------- 7. ownership

// Owns every node of one tree. The parser backtracks and shares memoised subtrees between
// alternatives (as CPython's PEG parser does with its arena), so nodes cannot own each other.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  template <class T>
  T* make() {
    void* mem = pool_.allocate(sizeof(T), alignof(T));
    T* node = new (mem) T();
    nodes_.push_back(node);
    return node;
  }

 private:
  std::pmr::monotonic_buffer_resource pool_;
  std::vector<Node*> nodes_;  // destroyed (not freed: the pool frees) in ~Arena
};

// The root, which owns the arena holding the rest of the tree.
struct Module : NodeBase<Node, Kind::Module> {
  StmtList body;         // type_ignores is always empty and not stored
  std::string filename;  // as given to the parser
  std::string source;    // the source text, for error messages after parsing
  Arena arena;
};

}  // namespace al::ast
