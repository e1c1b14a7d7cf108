// Names of AST kinds and operators, as Python's `ast` module spells its classes.
#include "engine/compiler/ast.h"

namespace al::ast {

const char* kind_name(Kind k) {
  static constexpr const char* names[] = {
      "Module",
      "FunctionDef",
      "AsyncFunctionDef",
      "ClassDef",
      "Return",
      "Delete",
      "Assign",
      "AugAssign",
      "AnnAssign",
      "For",
      "AsyncFor",
      "While",
      "If",
      "With",
      "AsyncWith",
      "Raise",
      "Try",
      "TryStar",
      "Assert",
      "Import",
      "ImportFrom",
      "Global",
      "Nonlocal",
      "Expr",
      "Pass",
      "Break",
      "Continue",
      "BoolOp",
      "NamedExpr",
      "BinOp",
      "UnaryOp",
      "Lambda",
      "IfExp",
      "Dict",
      "Set",
      "ListComp",
      "SetComp",
      "DictComp",
      "GeneratorExp",
      "Await",
      "Yield",
      "YieldFrom",
      "Compare",
      "Call",
      "FormattedValue",
      "JoinedStr",
      "Constant",
      "Attribute",
      "Subscript",
      "Starred",
      "Name",
      "List",
      "Tuple",
      "Slice",
      "comprehension",
      "ExceptHandler",
      "arguments",
      "arg",
      "keyword",
      "alias",
      "withitem",
  };
  static_assert(sizeof(names) / sizeof(names[0]) == static_cast<int>(Kind::withitem) + 1);
  return names[static_cast<int>(k)];
}

const char* context_name(ExprContext c) {
  static constexpr const char* names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(c)];
}

const char* boolop_name(BoolOperator op) {
  return op == BoolOperator::And ? "And" : "Or";
}

const char* operator_name(Operator op) {
  static constexpr const char* names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                          "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                          "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}

const char* unaryop_name(UnaryOperator op) {
  static constexpr const char* names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}

const char* cmpop_name(CmpOp op) {
  static constexpr const char* names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                          "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(op)];
}

Arena::~Arena() {
  for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) (*it)->~Node();
}

}  // namespace al::ast
