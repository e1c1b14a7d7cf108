// Traceback objects and CPython 3.11's exception display.
//
// Index
//   1. The traceback and frame-summary types, traceback_here
//   2. One frame: "File ..., line N, in f", the source line, carets (CPython:
//      Python/traceback.c tb_displayline, extract_anchors_from_line)
//   3. The frame list with "[Previous line repeated N more times]" (tb_printinternal)
//   4. The final line: type, message, SyntaxError text, "Did you mean", notes (CPython:
//      Python/pythonrun.c print_exception and helpers, Python/suggestions.c)
//   5. Chaining and exception groups (print_exception_recursive, print_exception_group)
//   6. write_unraisable (CPython: Python/errors.c write_unraisable_exc_file)
#include "engine/vm/traceback.h"

#include <cstdio>
#include <set>
#include <vector>

#include "engine/compiler/parser.h"
#include "engine/compiler/source.h"
#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/function_builtin.h"
#include "engine/runtime/int.h"
#include "engine/runtime/interp.h"
#include "engine/runtime/list.h"
#include "engine/runtime/module.h"
#include "engine/runtime/names.h"
#include "engine/runtime/str.h"
#include "engine/runtime/suggestions.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"
#include "engine/vm/frame.h"
#include "engine/vm/function.h"
#include "engine/vm/linecache.h"

namespace al {

Type* traceback_type = nullptr;
Type* frame_summary_type = nullptr;

// ---------------------------------------------------------------------------------------------
// 1. Types and traceback_here
// ---------------------------------------------------------------------------------------------

namespace {

Traceback* as_tb(Object* o) {
  return static_cast<Traceback*>(o);
}

// A snapshot of a frame (tb.tb_frame, gen.gi_frame, sys._getframe()): frames themselves are
// not Python objects here, so these carry the parts code inspecting frames reads.
struct FrameSummary : Object {
  Ref<Code> code;
  Ref<Dict> globals;
  int lineno = 0;
  Value locals;  // null: an empty dict
  Value back;    // null: None
  explicit FrameSummary(Type* t) : Object(t) {}
};

FrameSummary* as_fs(Object* o) {
  return static_cast<FrameSummary*>(o);
}

}  // namespace

Value frame_snapshot(Frame* frame, bool with_back) {
  Ref<FrameSummary> f = make<FrameSummary>(frame_summary_type);
  f->code = Ref<Code>(frame->code);
  f->globals = Ref<Dict>(frame->globals);
  f->lineno = frame->lineno();
  f->locals = frame_locals_snapshot(frame);
  if (with_back && frame->back) f->back = frame_snapshot(frame->back, true);
  return f;
}

void traceback_here(Object* exc, Frame* frame, int lasti) {
  BaseExceptionObject* e = as_exception(exc);
  if (!e) return;
  Ref<Traceback> tb = make<Traceback>(traceback_type);
  if (e->traceback && e->traceback->type == traceback_type) {
    tb->next = Ref<Traceback>(as_tb(e->traceback.get()));
  }
  tb->code = Ref<Code>(frame->code);
  tb->globals = Ref<Dict>(frame->globals);
  tb->lasti = lasti;
  tb->lineno = frame->code->line_of(lasti < 0 ? UINT32_MAX : uint32_t(lasti));
  e->traceback = tb;
}

void init_traceback_types() {
  if (traceback_type) return;
  Type* t = new_builtin_type("traceback", object_type);
  t->allows_subclass = false;
  add_getset(
      t, "tb_next",
      [](Object* s) -> Value {
        Traceback* tb = as_tb(s);
        return tb->next ? Value(tb->next) : Value(None);
      },
      [](Object* s, Object* v) {
        if (!v || v == None) {
          as_tb(s)->next = nullptr;
        } else if (v->type == traceback_type) {
          as_tb(s)->next = Ref<Traceback>(as_tb(v));
        } else {
          raise(exc::TypeError, "expected traceback object or None, got '" + v->type->name + "'");
        }
      });
  add_getset(t, "tb_lineno", [](Object* s) -> Value { return int_from(as_tb(s)->lineno); });
  add_getset(t, "tb_lasti", [](Object* s) -> Value {
    // CPython reports byte offsets of 2-byte code units.
    return int_from(as_tb(s)->lasti < 0 ? -1 : as_tb(s)->lasti * 2);
  });
  add_getset(t, "tb_frame", [](Object* s) -> Value {
    Traceback* tb = as_tb(s);
    Ref<FrameSummary> f = make<FrameSummary>(frame_summary_type);
    f->code = tb->code;
    f->globals = tb->globals;
    f->lineno = tb->lineno;
    return f;
  });
  t->ready();
  traceback_type = t;

  Type* f = new_builtin_type("frame", object_type);
  f->allows_subclass = false;
  f->repr = [](Object* s) -> Value {
    FrameSummary* fs = as_fs(s);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(s));
    return str_from(std::string("<frame at ") + buf + ", file '" + fs->code->filename->s +
                    "', line " + std::to_string(fs->lineno) + ", code " + fs->code->name->s + ">");
  };
  add_getset(f, "f_code", [](Object* s) -> Value { return as_fs(s)->code; });
  add_getset(f, "f_lineno", [](Object* s) -> Value { return int_from(as_fs(s)->lineno); });
  add_getset(f, "f_globals", [](Object* s) -> Value { return as_fs(s)->globals; });
  add_getset(f, "f_builtins",
             [](Object* s) -> Value { return builtins_for_globals(as_fs(s)->globals.get()); });
  add_getset(f, "f_locals", [](Object* s) -> Value {
    FrameSummary* fs = as_fs(s);
    return fs->locals ? fs->locals : Value(dict_new());
  });
  add_getset(f, "f_back", [](Object* s) -> Value {
    FrameSummary* fs = as_fs(s);
    return fs->back ? fs->back : Value(None);
  });
  f->ready();
  frame_summary_type = f;
}

// ---------------------------------------------------------------------------------------------
// 2. One frame
// ---------------------------------------------------------------------------------------------

namespace {

bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

// CPython: Parser/pegen_errors.c _PyPegen_byte_offset_to_character_offset: the characters the
// first `col` bytes decode to; past the end it counts the terminating NUL as one more.
int byte_offset_to_character_offset(std::string_view line, long col) {
  const long len = long(line.size());
  if (col > len + 1) col = len + 1;
  if (col <= 0) return 0;
  if (col > len) return utf8_char_count(line) + 1;
  return utf8_char_count(line.substr(0, size_t(col)));
}

// Byte offset of code point `cp` in UTF-8 `s` (clamped to the end).
size_t cp_to_byte(std::string_view s, int cp) {
  size_t pos = 0;
  for (int i = 0; i < cp && pos < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return pos < s.size() ? pos : s.size();
}

struct Anchors {
  int left = -1;   // first character of the secondary range
  int right = -1;  // one past its last character
  char primary = '^';
  char secondary = '^';
};

// CPython: traceback.c extract_anchors_from_line: re-parses the highlighted segment and, for a
// binary operator or a subscript, marks the operator / brackets.
Anchors extract_anchors(const std::string& line, int start, int end, const std::string& filename) {
  Anchors a;
  const size_t b0 = cp_to_byte(line, start);
  const size_t b1 = cp_to_byte(line, end);
  if (b1 <= b0) return a;
  const std::string segment = line.substr(b0, b1 - b0);
  std::unique_ptr<ast::Module> mod;
  try {
    mod = parse_module_unchecked(segment, filename);
  } catch (...) {
    return a;
  }
  if (!mod || mod->body.size() != 1) return a;
  const auto* st = mod->body[0]->dyn<ast::Expr>();
  if (!st) return a;
  const ast::expr* e = st->value;
  int left = -1, right = -1;
  if (const auto* bin = e->dyn<ast::BinOp>()) {
    const int lend = bin->left->end_col_offset;
    const int rstart = bin->right->col_offset;
    for (int i = lend; i < rstart; ++i) {
      if (is_ws(segment[size_t(i)])) continue;
      left = i;
      right = i + 1;
      if (i + 1 < rstart && !is_ws(segment[size_t(i) + 1])) ++right;
      if (i + 1 < rstart && segment[size_t(i)] == ')') continue;
      a.primary = '~';
      a.secondary = '^';
      break;
    }
  } else if (const auto* sub = e->dyn<ast::Subscript>()) {
    const int len = int(segment.size());
    left = sub->value->end_col_offset;
    right = sub->slice->end_col_offset + 1;
    while (left < len && segment[size_t(left)] != '[') ++left;
    while (right < len && segment[size_t(right)] != ']') ++right;
    if (right < len) ++right;
    a.primary = '~';
    a.secondary = '^';
  } else {
    return a;
  }
  if (left < 0) return a;
  a.left = byte_offset_to_character_offset(segment, left) + start;
  a.right = byte_offset_to_character_offset(segment, right) + start;
  return a;
}

// Lib/traceback.py FrameSummary formatting: the carets are placed against the line as
// linecache returns it (with its newline) but the stripped line is printed, so trailing blanks
// shift the carets left exactly as they do in CPython.
void format_carets_module_style(std::string& out, const std::string& margin,
                                const std::string& original, bool has_newline,
                                const std::string& stripped, const Position& p, int start, int end,
                                const Anchors& anchors) {
  const int orig_len = utf8_char_count(original) + (has_newline ? 1 : 0);
  const int stripped_len = utf8_char_count(stripped);
  const int stripped_characters = orig_len - stripped_len;
  const int start_offset = start + 1;
  int end_offset = end + 1;
  if (p.lineno != p.end_lineno) end_offset = stripped_characters + stripped_len;
  const bool has_anchors = anchors.left != -1;
  if (!(end_offset - start_offset < stripped_len ||
        (has_anchors && anchors.right - anchors.left > 0))) {
    return;
  }
  auto rep = [](char c, int n) { return std::string(size_t(n > 0 ? n : 0), c); };
  std::string row = margin + "    " + rep(' ', start_offset - stripped_characters);
  if (has_anchors) {
    const int left = anchors.left - start;
    const int right = anchors.right - start;
    row += rep(anchors.primary, left);
    row += rep(anchors.secondary, right - left);
    row += rep(anchors.primary, end_offset - start_offset - right);
  } else {
    row += rep('^', end_offset - start_offset);
  }
  out += row + "\n";
}

void format_frame(std::string& out, const std::string& margin, Code* code, int lasti, int lineno,
                  TracebackStyle style) {
  const std::string& filename = code->filename->s;
  out += margin + "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " +
         code->name->s + "\n";
  auto line = linecache_getline(filename, lineno);
  if (!line) return;
  size_t ws = 0;
  while (ws < line->size() && is_ws((*line)[ws])) ++ws;
  std::string stripped;
  if (style == TracebackStyle::Module) {
    // Lib/traceback.py prints line.strip(); an all-blank line prints nothing.
    const char* blanks = " \t\n\r\f\v";
    const size_t b = line->find_first_not_of(blanks);
    if (b == std::string::npos) return;
    stripped = line->substr(b, line->find_last_not_of(blanks) + 1 - b);
    out += margin + "    " + stripped + "\n";
  } else {
    out += margin + "    " + line->substr(ws) + "\n";
  }
  if (lasti < 0) return;
  const Position& p = code->position(uint32_t(lasti));
  if (p.lineno < 0 || p.end_lineno < 0 || p.col < 0 || p.end_col < 0) return;
  if (p.lineno != lineno) return;
  int start = byte_offset_to_character_offset(*line, p.col);
  int end = byte_offset_to_character_offset(*line, p.end_col);
  Anchors anchors;
  if (p.lineno == p.end_lineno) anchors = extract_anchors(*line, start, end, filename);
  if (style == TracebackStyle::Module) {
    format_carets_module_style(out, margin, *line, linecache_line_has_newline(filename, lineno),
                               stripped, p, start, end, anchors);
    return;
  }
  if (p.lineno != p.end_lineno) {
    // A multi-line range is highlighted to the last non-blank character of its first line.
    size_t i = line->size();
    while (i > 0 && ((*line)[i - 1] == ' ' || (*line)[i - 1] == '\t' || (*line)[i - 1] == '\f' ||
                     (*line)[i - 1] == '\r' || (*line)[i - 1] == '\n')) {
      --i;
    }
    end = utf8_char_count(std::string_view(*line).substr(0, i));
  }
  const int line_chars = utf8_char_count(*line);
  const int stripped_len = line_chars - int(ws);
  const bool secondary = anchors.left != -1 || anchors.right != -1;
  if (end - start == stripped_len && !secondary) return;
  std::string carets = margin + "    ";
  for (int k = int(ws); k < end; ++k) {
    if (k < start) {
      carets += ' ';
    } else if (secondary && anchors.left <= k && k < anchors.right) {
      carets += anchors.secondary;
    } else {
      carets += anchors.primary;
    }
  }
  out += carets + "\n";
}

// ---------------------------------------------------------------------------------------------
// 3. The frame list
// ---------------------------------------------------------------------------------------------

constexpr int kRecursiveCutoff = 3;
constexpr long kTracebackLimit = 1000;

void print_line_repeated(std::string& out, long cnt) {
  cnt -= kRecursiveCutoff;
  out += "  [Previous line repeated " + std::to_string(cnt) +
         (cnt > 1 ? " more times]\n" : " more time]\n");
}

// CPython: traceback.c tb_printinternal.
void format_tb_entries(std::string& out, Traceback* tb, const std::string& margin,
                       TracebackStyle style) {
  long depth = 0;
  for (Traceback* t = tb; t; t = t->next.get()) ++depth;
  while (tb && depth > kTracebackLimit) {
    --depth;
    tb = tb->next.get();
  }
  const Str* last_file = nullptr;
  const Str* last_name = nullptr;
  int last_line = -1;
  long cnt = 0;
  for (; tb; tb = tb->next.get()) {
    Code* code = tb->code.get();
    if (!last_file || !str_eq(code->filename.get(), last_file) || last_line == -1 ||
        tb->lineno != last_line || !last_name || !str_eq(code->name.get(), last_name)) {
      if (cnt > kRecursiveCutoff) print_line_repeated(out, cnt);
      last_file = code->filename.get();
      last_line = tb->lineno;
      last_name = code->name.get();
      cnt = 0;
    }
    ++cnt;
    if (cnt <= kRecursiveCutoff) format_frame(out, margin, code, tb->lasti, tb->lineno, style);
  }
  if (cnt > kRecursiveCutoff) print_line_repeated(out, cnt);
}

// ---------------------------------------------------------------------------------------------
// 4. The final line
// ---------------------------------------------------------------------------------------------

std::string type_display_name(Type* t) {
  std::string module = "<unknown>";
  if (Value m = getattr_opt(t, dunder::module)) {
    if (is_instance(m.get(), str_type)) module = static_cast<Str*>(m.get())->s;
  }
  std::string name = t->qualname.empty() ? t->name : t->qualname;
  if (module == "builtins" || module == "__main__") return name;
  return module + "." + name;
}

std::string safe_str(Object* o) {
  try {
    return str(o)->s;
  } catch (PyException&) {
    return "<exception str() failed>";
  }
}

std::vector<std::string> dir_names(Object* obj) {
  std::vector<std::string> names;
  Object* dir_fn = dict_get_cstr(interp().builtins->dict.get(), "dir");
  if (!dir_fn) return names;
  Value list = call(dir_fn, {obj});
  for_each(list.get(), [&](Object* n) {
    if (is_instance(n, str_type)) names.push_back(static_cast<Str*>(n)->s);
  });
  return names;
}

std::vector<std::string> dict_keys(Dict* d) {
  std::vector<std::string> names;
  dict_for_each(d, [&](Object* k, Object*) {
    if (is_instance(k, str_type)) names.push_back(static_cast<Str*>(k)->s);
  });
  return names;
}

// CPython: Python/suggestions.c _Py_Offer_Suggestions (exact NameError / AttributeError only).
std::string offer_suggestion(Object* value) {
  try {
    if (value->type == exc::AttributeError) {
      auto* e = static_cast<AttributeErrorObject*>(value);
      if (!e->name || !e->obj || !is_exactly(e->name.get(), str_type)) return "";
      return suggest_name(static_cast<Str*>(e->name.get())->s, dir_names(e->obj.get()));
    }
    if (value->type == exc::NameError) {
      auto* e = static_cast<NameErrorObject*>(value);
      if (!e->name || !is_exactly(e->name.get(), str_type) || !e->traceback ||
          e->traceback->type != traceback_type) {
        return "";
      }
      const std::string& name = static_cast<Str*>(e->name.get())->s;
      Traceback* tb = as_tb(e->traceback.get());
      while (tb->next) tb = tb->next.get();
      std::vector<std::string> locals;
      for (Str* s : tb->code->varnames) locals.push_back(s->s);
      std::string s = suggest_name(name, locals);
      if (!s.empty()) return s;
      s = suggest_name(name, dict_keys(tb->globals.get()));
      if (!s.empty()) return s;
      Ref<Dict> builtins = builtins_for_globals(tb->globals.get());
      return suggest_name(name, dict_keys(builtins.get()));
    }
  } catch (PyException&) {
  }
  return "";
}

int64_t int_or(Object* o, int64_t dflt) {
  int64_t v;
  return o && int_as_int64(o, v) ? v : dflt;
}

// CPython: pythonrun.c print_error_text.
void format_error_text(std::string& out, const std::string& margin, int64_t offset,
                       int64_t end_offset, std::string text) {
  int64_t reps = end_offset > 0 ? end_offset - offset : 1;
  if (reps < 1) reps = 1;
  int64_t off = offset - 1;
  size_t start = 0;
  while (start < text.size() && is_ws(text[start])) {
    ++start;
    --off;
  }
  text = text.substr(start);
  int64_t len = int64_t(text.size());
  if (len > 0 && text[size_t(len) - 1] == '\n') --len;
  if (off > len) off = len;
  while (true) {
    size_t nl = text.find('\n');
    if (nl == std::string::npos || int64_t(nl) >= off) break;
    text = text.substr(nl + 1);
    len -= int64_t(nl) + 1;
    off -= int64_t(nl) + 1;
  }
  std::string shown = text.substr(0, size_t(len > 0 ? len : 0));
  out += margin + "    " + shown + "\n";
  if (off < 0) return;
  out += margin + "    " + std::string(size_t(off), ' ') + std::string(size_t(reps), '^') + "\n";
}

// The "  File ..., line N" block of a SyntaxError; returns its msg for the final line, or null
// when the exception does not carry that information (CPython: print_exception_file_and_line).
// Lib/traceback.py TracebackException._format_syntax_error's location lines.
void format_error_text_module_style(std::string& out, const std::string& margin, Object* offset_obj,
                                    Object* end_offset_obj, const std::string& text) {
  std::string rtext = text;
  while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
  size_t lead = 0;
  while (lead < rtext.size() &&
         (rtext[lead] == ' ' || rtext[lead] == '\n' || rtext[lead] == '\f')) {
    ++lead;
  }
  const std::string ltext = rtext.substr(lead);
  out += margin + "    " + ltext + "\n";
  int64_t offset;
  if (!offset_obj || !int_as_int64(offset_obj, offset)) return;
  int64_t end_offset = offset;
  int64_t e;
  if (end_offset_obj && int_as_int64(end_offset_obj, e) && e != 0) end_offset = e;
  if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
  const int64_t spaces = utf8_char_count(rtext) - utf8_char_count(ltext);
  const int64_t colno = offset - 1 - spaces;
  const int64_t end_colno = end_offset - 1 - spaces;
  if (colno < 0) return;
  std::string caretspace;
  size_t pos = 0;
  for (int64_t i = 0; i < colno && pos < ltext.size(); ++i) {
    const size_t start = pos;
    utf8_decode_at(ltext, pos);
    const char c = ltext[start];
    caretspace += (c == '\t' || c == '\f' || c == '\v') ? c : ' ';
  }
  out += margin + "    " + caretspace +
         std::string(size_t(std::max<int64_t>(end_colno - colno, 0)), '^') + "\n";
}

Value format_syntax_error_location(std::string& out, const std::string& margin, Object* value,
                                   TracebackStyle style) {
  if (!is_instance(value, exc::SyntaxError)) return nullptr;
  auto* se = static_cast<SyntaxErrorObject*>(value);
  int64_t lineno;
  if (!se->lineno || !int_as_int64(se->lineno.get(), lineno)) return nullptr;
  std::string filename = "<string>";
  if (se->filename && se->filename.get() != None) filename = safe_str(se->filename.get());
  out += margin + "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
  if (se->text && is_instance(se->text.get(), str_type) && style == TracebackStyle::Module) {
    format_error_text_module_style(out, margin, se->offset.get(), se->end_offset.get(),
                                   static_cast<Str*>(se->text.get())->s);
  } else if (se->text && is_instance(se->text.get(), str_type)) {
    const std::string& text = static_cast<Str*>(se->text.get())->s;
    int64_t offset = int_or(se->offset.get(), -1);
    int64_t end_offset = int_or(se->end_offset.get(), -1);
    int64_t end_lineno = int_or(se->end_lineno.get(), lineno);
    const int64_t line_size = int64_t(text.size());
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    // CPython 3.11 draws a single caret for indentation errors whatever their end offset
    // (observed with python3.11; e.g. "expected an indented block" spans the next token).
    if (is_instance(value, exc::IndentationError)) end_offset = -1;
    format_error_text(out, margin, offset, end_offset, text);
  }
  return se->msg ? se->msg : Value(None);
}

struct Ctx {
  TracebackStyle style = TracebackStyle::Interpreter;
  std::set<const Object*> seen;
  int depth = 0;
  bool need_close = false;
  std::string out;

  std::string indent() const { return std::string(size_t(2 * depth), ' '); }
  std::string margin() const { return indent() + (depth ? "| " : ""); }
};

void format_notes(Ctx& ctx, BaseExceptionObject* e) {
  Value notes = getattr_opt(e, dunder::notes);
  if (!notes) return;
  if (!is_instance(notes.get(), list_type) && !is_instance(notes.get(), tuple_type)) {
    std::string r;
    try {
      r = repr(notes.get())->s;
    } catch (PyException&) {
      r = "<__notes__ repr() failed>";
    }
    ctx.out += ctx.margin() + r + "\n";
    return;
  }
  for_each(notes.get(), [&](Object* note) {
    std::string s;
    try {
      s = str(note)->s;
    } catch (PyException&) {
      ctx.out += "<note str() failed>\n";
      return;
    }
    // splitlines(keepends=True): each line keeps its terminator; a "\n" ends the note.
    size_t pos = 0;
    while (pos < s.size()) {
      size_t nl = s.find('\n', pos);
      size_t end = nl == std::string::npos ? s.size() : nl + 1;
      ctx.out += ctx.margin() + s.substr(pos, end - pos);
      pos = end;
    }
    ctx.out += "\n";
  });
}

// CPython: pythonrun.c print_exception.
void format_single(Ctx& ctx, Object* value) {
  BaseExceptionObject* e = as_exception(value);
  if (!e) {
    ctx.out += ctx.margin() + "TypeError: print_exception(): Exception expected for value, " +
               value->type->name + " found\n";
    return;
  }
  if (e->traceback && e->traceback->type == traceback_type) {
    std::string header = "Traceback (most recent call last):\n";
    std::string header_margin = ctx.margin();
    if (is_instance(value, exc::BaseExceptionGroup)) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (ctx.depth == 1) header_margin = ctx.indent() + "+ ";
    }
    ctx.out += header_margin + header;
    format_tb_entries(ctx.out, as_tb(e->traceback.get()), ctx.margin(), ctx.style);
  }
  Value message = format_syntax_error_location(ctx.out, ctx.margin(), value, ctx.style);
  std::string line = ctx.margin() + type_display_name(value->type);
  Object* shown = message ? message.get() : value;
  if (shown != None) {
    std::string s = safe_str(shown);
    if (!s.empty()) line += ": ";
    line += s;
  }
  std::string suggestion = offer_suggestion(value);
  if (!suggestion.empty()) line += ". Did you mean: '" + suggestion + "'?";
  ctx.out += line + "\n";
  format_notes(ctx, e);
}

// ---------------------------------------------------------------------------------------------
// 5. Chaining and groups
// ---------------------------------------------------------------------------------------------

void format_recursive(Ctx& ctx, Object* value);

void format_chained(Ctx& ctx, Object* value, const char* message) {
  const bool need_close = ctx.need_close;
  format_recursive(ctx, value);
  ctx.need_close = need_close;
  ctx.out += ctx.margin() + "\n";
  ctx.out += ctx.margin() + message;
  ctx.out += ctx.margin() + "\n";
}

void format_cause_and_context(Ctx& ctx, Object* value) {
  ctx.seen.insert(value);
  BaseExceptionObject* e = as_exception(value);
  if (!e) return;
  if (e->cause && e->cause.get() != None) {
    if (!ctx.seen.count(e->cause.get())) {
      format_chained(ctx, e->cause.get(),
                     "The above exception was the direct cause of the following exception:\n");
    }
    return;
  }
  if (e->suppress_context) return;
  if (e->context && e->context.get() != None && !ctx.seen.count(e->context.get())) {
    format_chained(ctx, e->context.get(),
                   "During handling of the above exception, another exception occurred:\n");
  }
}

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_group(Ctx& ctx, Object* value) {
  if (ctx.depth > kMaxGroupDepth) {
    ctx.out += ctx.margin() + "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
    return;
  }
  const bool toplevel = ctx.depth == 0;
  if (toplevel) ctx.depth += 1;
  format_single(ctx, value);
  auto* g = static_cast<BaseExceptionGroupObject*>(value);
  const int num = g->excs ? int(g->excs->size) : 0;
  const int n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (int i = 0; i < n; ++i) {
    const bool last = i == n - 1;
    if (last) ctx.need_close = true;
    const bool truncated = i >= kMaxGroupWidth;
    const std::string title = truncated ? "..." : std::to_string(i + 1);
    ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title +
               " ----------------\n";
    ctx.depth += 1;
    if (!truncated) {
      format_recursive(ctx, g->excs->items[i]);
    } else {
      const int remaining = num - kMaxGroupWidth;
      ctx.out += ctx.margin() + "and " + std::to_string(remaining) + " more exception" +
                 (remaining > 1 ? "s" : "") + "\n";
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    ctx.depth -= 1;
  }
  if (toplevel) ctx.depth = 0;
}

void format_recursive(Ctx& ctx, Object* value) {
  format_cause_and_context(ctx, value);
  if (is_instance(value, exc::BaseExceptionGroup)) {
    format_group(ctx, value);
  } else {
    format_single(ctx, value);
  }
}

}  // namespace

std::string format_exception(Object* exc, TracebackStyle style) {
  Ctx ctx;
  ctx.style = style;
  format_recursive(ctx, exc);
  return ctx.out;
}

std::string format_exception_only(Object* exc, TracebackStyle style) {
  Ctx ctx;
  ctx.style = style;
  BaseExceptionObject* e = as_exception(exc);
  if (!e) return type_display_name(exc->type) + "\n";
  Value saved = e->traceback;
  e->traceback = nullptr;
  format_single(ctx, exc);
  e->traceback = saved;
  return ctx.out;
}

std::string format_tb(Object* tb, TracebackStyle style) {
  std::string out;
  if (tb && tb->type == traceback_type) format_tb_entries(out, as_tb(tb), "", style);
  return out;
}

// ---------------------------------------------------------------------------------------------
// 6. write_unraisable
// ---------------------------------------------------------------------------------------------

void write_unraisable(Object* obj, Object* exc) {
  std::string out;
  if (obj && obj != None) {
    std::string r;
    try {
      r = repr(obj)->s;
    } catch (PyException&) {
      r = "<object repr() failed>";
    }
    out += "Exception ignored in: " + r + "\n";
  }
  BaseExceptionObject* e = as_exception(exc);
  if (e && e->traceback && e->traceback->type == traceback_type) {
    out += "Traceback (most recent call last):\n";
    format_tb_entries(out, as_tb(e->traceback.get()), "", TracebackStyle::Interpreter);
  }
  out += type_display_name(exc->type);
  out += ": " + safe_str(exc);
  out += "\n";
  Interp& in = interp();
  if (in.err) in.err(out);
}

}  // namespace al
