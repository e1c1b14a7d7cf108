// String literals: prefixes, escape decoding, implicit concatenation and f-strings, as CPython
// 3.11 does them after tokenizing (CPython: Parser/string_parser.c and
// Parser/action_helpers.c _PyPegen_concatenate_strings). An f-string's expressions are parsed
// by a second Parser over "(<expression text>)", positioned the way CPython positions them.
//
// Sections: 1. escapes  2. the concatenation state  3. f-string scanning  4. entry point
#include <cstdio>

#include "engine/compiler/parser_impl.h"
#include "engine/compiler/unicode_names.h"
#include "engine/compiler/utf8.h"

namespace al::parser {

using namespace al::ast;

namespace {

// The character a one-letter escape such as \n stands for, or 0 when `e` is not one (shared by
// str and bytes literals).
char simple_escape(char e) {
  switch (e) {
    case '\\':
      return '\\';
    case '\'':
      return '\'';
    case '"':
      return '"';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 't':
      return '\t';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 'v':
      return '\v';
    case 'a':
      return '\a';
    default:
      return 0;
  }
}

// The value of the octal escape whose first digit is `first`, reading up to two more digits
// from s[i] on (shared by str and bytes literals).
unsigned octal_escape(char first, std::string_view s, std::size_t& i) {
  unsigned v = static_cast<unsigned>(first - '0');
  for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
    v = v * 8 + static_cast<unsigned>(s[i] - '0');
    ++i;
  }
  return v;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::size_t utf8_length(unsigned char b) {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

}  // namespace

struct StringParser {
  Parser& p;
  const Token* first;
  const Token* last;

  // ------------------------------------------------------------ 1. escapes

  [[noreturn]] void decode_error(const std::string& what) { p.raise_error("SyntaxError", what); }

  [[noreturn]] void codec_error(long start, long end, const char* reason) {
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                  "%ld-%ld: %s",
                  start, end - 1, reason);
    decode_error(buf);
  }

  // CPython: decode_unicode_with_escapes + _PyUnicode_DecodeUnicodeEscapeInternal. Error
  // positions count each non-ASCII character as the 10-byte "\UXXXXXXXX" CPython rewrites it
  // to before decoding.
  std::string decode_unicode_with_escapes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    long pos = 0;  // position in CPython's rewritten buffer
    while (i < s.size()) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        std::size_t n = utf8_length(c);
        out.append(s.substr(i, n));
        i += n;
        pos += 10;
        continue;
      }
      if (c != '\\') {
        out.push_back(static_cast<char>(c));
        ++i;
        ++pos;
        continue;
      }
      long start = pos;
      if (i + 1 >= s.size() || static_cast<unsigned char>(s[i + 1]) >= 0x80) {
        out.push_back('\\');  // a backslash before nothing or a non-ASCII character
        ++i;
        pos += 6;
        continue;
      }
      char e = s[i + 1];
      i += 2;
      pos += 2;
      if (char simple = simple_escape(e)) {
        out.push_back(simple);
        continue;
      }
      switch (e) {
        case '\n':
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
          std::size_t digits_start = i;
          unsigned v = octal_escape(e, s, i);
          pos += static_cast<long>(i - digits_start);
          utf8::append(out, v);
          break;
        }
        case 'x':
        case 'u':
        case 'U': {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          char32_t v = 0;
          for (int k = 0; k < digits; ++k) {
            int h = i < s.size() ? hex_value(s[i]) : -1;
            if (h < 0) {
              codec_error(start, pos,
                          e == 'x'   ? "truncated \\xXX escape"
                          : e == 'u' ? "truncated \\uXXXX escape"
                                     : "truncated \\UXXXXXXXX escape");
            }
            v = v * 16 + static_cast<char32_t>(h);
            ++i;
            ++pos;
          }
          if (v > 0x10FFFF) codec_error(start, pos, "illegal Unicode character");
          utf8::append(out, v);
          break;
        }
        case 'N': {
          // The error's end is where CPython's scan stopped: past the '}' for an unknown name,
          // at the '}' of an empty one, at the end of the literal when no '}' follows.
          if (i >= s.size() || s[i] != '{')
            codec_error(start, pos, "malformed \\N character escape");
          std::size_t name_start = i + 1;
          ++i;
          ++pos;
          while (i < s.size() && s[i] != '}') {
            auto b = static_cast<unsigned char>(s[i]);
            std::size_t n = b >= 0x80 ? utf8_length(b) : 1;
            i += n;
            pos += b >= 0x80 ? 10 : 1;
          }
          if (i >= s.size() || i == name_start)
            codec_error(start, pos, "malformed \\N character escape");
          std::string_view name = s.substr(name_start, i - name_start);
          ++i;
          ++pos;
          std::optional<char32_t> cp = unicode::lookup_name(name);
          if (!cp) codec_error(start, pos, "unknown Unicode character name");
          utf8::append(out, *cp);
          break;
        }
        default:
          out.push_back('\\');  // an invalid escape keeps its backslash
          out.push_back(e);
          break;
      }
    }
    return out;
  }

  // CPython: Objects/bytesobject.c _PyBytes_DecodeEscape.
  std::string decode_bytes_with_escapes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
      char c = s[i];
      if (c != '\\' || i + 1 >= s.size()) {
        out.push_back(c);
        ++i;
        continue;
      }
      std::size_t start = i;
      char e = s[i + 1];
      i += 2;
      if (char simple = simple_escape(e)) {
        out.push_back(simple);
        continue;
      }
      switch (e) {
        case '\n':
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
          unsigned v = octal_escape(e, s, i);
          out.push_back(static_cast<char>(v & 0xFF));
          break;
        }
        case 'x': {
          int h1 = i < s.size() ? hex_value(s[i]) : -1;
          int h2 = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
          if (h1 < 0 || h2 < 0) {
            decode_error("(value error) invalid \\x escape at position " + std::to_string(start));
          }
          out.push_back(static_cast<char>(h1 * 16 + h2));
          i += 2;
          break;
        }
        default:
          out.push_back('\\');
          out.push_back(e);
          break;
      }
    }
    return out;
  }

  // ------------------------------------------------------------ 2. the concatenation state

  // CPython: FstringParser (last_str, fmode, expr_list).
  struct State {
    std::optional<std::string> last_str;
    bool fmode = false;
    ExprList expr_list;
  };

  // CPython: make_str_node_and_del: kind 'u' comes from the first token's prefix.
  Constant* make_str_node(State& st, const Token* first_token, const Token* last_token) {
    auto* c = p.make<Constant>();
    c->value = Str{std::move(*st.last_str)};
    st.last_str.reset();
    std::string_view first_text = p.text(first_token);
    if (!first_text.empty() && first_text[0] == 'u') c->kind = "u";
    c->lineno = first_token->lineno;
    c->col_offset = first_token->col_offset;
    c->end_lineno = last_token->end_lineno;
    c->end_col_offset = last_token->end_col_offset;
    return c;
  }

  static void concat(State& st, std::string s) {
    if (s.empty()) return;
    if (!st.last_str)
      st.last_str = std::move(s);
    else
      st.last_str->append(s);
  }

  // CPython: _PyPegen_FstringParser_Finish.
  expr* finish(State& st, const Token* first_token, const Token* last_token) {
    if (!st.fmode) {
      if (!st.last_str) st.last_str = std::string();
      return make_str_node(st, first_token, last_token);
    }
    if (st.last_str) st.expr_list.push_back(make_str_node(st, first_token, last_token));
    auto* j = p.make<JoinedStr>();
    j->values = std::move(st.expr_list);
    j->lineno = first_token->lineno;
    j->col_offset = first_token->col_offset;
    j->end_lineno = last_token->end_lineno;
    j->end_col_offset = last_token->end_col_offset;
    return j;
  }

  // ------------------------------------------------------------ 3. f-string scanning

  // The f-string body [*pos, end) lies in `body`, the text of token `t`.
  struct FStr {
    std::string_view tok_text;  // the whole token, prefix and quotes included
    std::size_t end;            // end of the body within tok_text
    bool raw;
    const Token* t;
  };

  // CPython: fstring_find_literal. Returns 1 when a doubled brace ended the literal.
  int find_literal(const FStr& f, std::size_t& pos, int recurse_lvl,
                   std::optional<std::string>& literal) {
    std::string_view s = f.tok_text;
    std::size_t i = pos;
    std::size_t literal_start = i;
    int result = 0;
    std::size_t literal_end;
    while (i < f.end) {
      char ch = s[i++];
      if (!f.raw && ch == '\\' && i < f.end) {
        ch = s[i++];
        if (ch == 'N') {
          // Skip the braces of "\N{NAME}": they do not start an expression.
          if (i < f.end && s[i++] == '{') {
            while (i < f.end && s[i++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (i < f.end && s[i] == ch) {
            literal_end = i;
            pos = i + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            pos = i - 1;
            p.raise_error("SyntaxError", "f-string: single '}' is not allowed");
          }
        }
        --i;
        break;
      }
    }
    literal_end = i;
    pos = i;
  done:
    if (literal_start != literal_end) {
      std::string_view chunk = s.substr(literal_start, literal_end - literal_start);
      literal = f.raw ? std::string(chunk) : decode_unicode_with_escapes(chunk);
    }
    return result;
  }

  // CPython: fstring_find_expr_location: lines before the '{' and the column shift.
  static void find_expr_location(std::string_view tok_text, std::size_t brace, int& lines,
                                 int& cols) {
    lines = 0;
    cols = 0;
    bool newline_after_brace = true;
    for (std::size_t k = brace + 1;
         k < tok_text.size() && tok_text[k] != '}' && tok_text[k] != '\n'; ++k) {
      char c = tok_text[k];
      if (c != ' ' && c != '\t' && c != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      std::size_t start = brace;
      while (start > 0 && tok_text[start] != '\n') --start;
      cols += static_cast<int>(brace - start);
      if (tok_text[start] == '\n') cols -= 1;
    }
    for (std::size_t k = 0; k < brace; ++k) {
      if (tok_text[k] == '\n') ++lines;
    }
  }

  // CPython: fstring_compile_expr: parse "(" + text + ")" with the fstring start rule.
  expr* compile_expr(const FStr& f, std::size_t expr_start, std::size_t expr_end) {
    std::string_view s = f.tok_text;
    std::size_t k = expr_start;
    while (k != expr_end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f')) ++k;
    if (k == expr_end) {
      char c = s[expr_end];
      if (c == '!' || c == ':' || c == '=') {
        p.raise_error("SyntaxError",
                      std::string("f-string: expression required before '") + c + "'");
      }
      p.raise_error("SyntaxError", "f-string: empty expression not allowed");
    }
    int lines, cols;
    find_expr_location(s, expr_start - 1, lines, cols);
    std::string text = "(";
    text.append(s.substr(expr_start, expr_end - expr_start));
    text.push_back(')');
    Source source(text, p.source_.filename());
    // The column shift counts from the token's start only on the token's first line.
    int starting_col_offset = lines != 0 ? cols : f.t->col_offset + cols;
    Parser sub(source, p.arena_, StartRule::FString, f.t->lineno + lines - 1, f.t->lineno + lines,
               starting_col_offset);
    return sub.run_fstring();
  }

  // CPython: fstring_find_expr.
  FormattedValue* find_expr(const FStr& f, std::size_t& pos, int recurse_lvl,
                            std::optional<std::string>& expr_text) {
    std::string_view s = f.tok_text;
    char quote_char = 0;
    int string_type = 0;
    std::vector<char> parens;
    if (recurse_lvl >= 2) p.raise_error("SyntaxError", "f-string: expressions nested too deeply");
    ++pos;  // the '{'
    std::size_t expr_start = pos;
    for (; pos < f.end; ++pos) {
      char ch = s[pos];
      if (ch == '\\') {
        p.raise_error("SyntaxError", "f-string expression part cannot include a backslash");
      }
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (pos + 2 < f.end && s[pos + 1] == ch && s[pos + 2] == ch) {
              pos += 2;
              string_type = 0;
              quote_char = 0;
            }
          } else {
            string_type = 0;
            quote_char = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (pos + 2 < f.end && s[pos + 1] == ch && s[pos + 2] == ch) {
          string_type = 3;
          pos += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parens.size() >= 200) {
          p.raise_error("SyntaxError", "f-string: too many nested parenthesis");
        }
        parens.push_back(ch);
      } else if (ch == '#') {
        p.raise_error("SyntaxError", "f-string expression part cannot include '#'");
      } else if (parens.empty() &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos + 1 < f.end) {
          char next = s[pos + 1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
              (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
            ++pos;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parens.empty()) {
          p.raise_error("SyntaxError", std::string("f-string: unmatched '") + ch + "'");
        }
        char opening = parens.back();
        parens.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          p.raise_error("SyntaxError", std::string("f-string: closing parenthesis '") + ch +
                                           "' does not match opening parenthesis '" + opening +
                                           "'");
        }
      }
    }
    std::size_t expr_end = pos;
    if (quote_char) p.raise_error("SyntaxError", "f-string: unterminated string");
    if (!parens.empty()) {
      p.raise_error("SyntaxError", std::string("f-string: unmatched '") + parens.back() + "'");
    }
    auto unexpected_end = [this]() { p.raise_error("SyntaxError", "f-string: expecting '}'"); };
    if (pos >= f.end) unexpected_end();
    expr* simple_expression = compile_expr(f, expr_start, expr_end);
    if (s[pos] == '=') {
      ++pos;
      while (pos < f.end && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r' ||
                             s[pos] == '\f' || s[pos] == '\v')) {
        ++pos;
      }
      if (pos >= f.end) unexpected_end();
      expr_text = std::string(s.substr(expr_start, pos - expr_start));
    }
    int conversion = -1;
    if (s[pos] == '!') {
      ++pos;
      if (pos >= f.end) unexpected_end();
      conversion = static_cast<unsigned char>(s[pos]);
      ++pos;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        p.raise_error("SyntaxError",
                      "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    expr* format_spec = nullptr;
    if (pos >= f.end) unexpected_end();
    if (s[pos] == ':') {
      ++pos;
      if (pos >= f.end) unexpected_end();
      // CPython: fstring_parse: the spec is an f-string of its own, positioned at `t`.
      State spec;
      concat_fstring(spec, f, pos, recurse_lvl + 1);
      format_spec = finish(spec, f.t, f.t);
    }
    if (pos >= f.end || s[pos] != '}') unexpected_end();
    ++pos;
    if (expr_text && !format_spec && conversion == -1) conversion = 'r';
    auto* fv = p.make<FormattedValue>();
    fv->value = simple_expression;
    fv->conversion = conversion;
    fv->format_spec = format_spec;
    fv->lineno = first->lineno;
    fv->col_offset = first->col_offset;
    fv->end_lineno = last->end_lineno;
    fv->end_col_offset = last->end_col_offset;
    return fv;
  }

  // CPython: _PyPegen_FstringParser_ConcatFstring.
  void concat_fstring(State& st, const FStr& f, std::size_t& pos, int recurse_lvl) {
    st.fmode = true;
    for (;;) {
      std::optional<std::string> literal;
      std::optional<std::string> expr_text;
      FormattedValue* expression = nullptr;
      int result = find_literal(f, pos, recurse_lvl, literal);
      if (result == 0 && pos < f.end && f.tok_text[pos] != '}') {
        expression = find_expr(f, pos, recurse_lvl, expr_text);
      }
      if (literal) concat(st, std::move(*literal));
      if (expr_text) concat(st, std::move(*expr_text));
      if (result == 1) continue;
      if (!expression) break;
      if (st.last_str) st.expr_list.push_back(make_str_node(st, first, last));
      st.expr_list.push_back(expression);
    }
    if (recurse_lvl == 0 && pos + 1 < f.end) {
      p.raise_error("SyntaxError", "f-string: unexpected end of string");
    }
    if (recurse_lvl != 0 && (pos >= f.end || f.tok_text[pos] != '}')) {
      p.raise_error("SyntaxError", "f-string: expecting '}'");
    }
  }

  // ------------------------------------------------------------ 4. entry point

  expr* concatenate(const std::vector<const Token*>& tokens) {
    bool bytesmode = false;
    std::string bytes;
    State st;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const Token* t = tokens[i];
      std::string_view s = p.text(t);
      // CPython: _PyPegen_parsestr: the prefix, then the quotes.
      bool this_bytes = false, raw = false, fmode = false;
      std::size_t k = 0;
      for (; k < s.size() && s[k] != '\'' && s[k] != '"'; ++k) {
        char c = s[k];
        if (c == 'b' || c == 'B')
          this_bytes = true;
        else if (c == 'r' || c == 'R')
          raw = true;
        else if (c == 'f' || c == 'F')
          fmode = true;
      }
      char quote = s[k];
      std::size_t body = k + 1;
      std::size_t body_end = s.size() - 1;
      if (body_end - body >= 2 && s[body] == quote && s[body + 1] == quote) {
        body += 2;
        body_end -= 2;
      }
      if (fmode) {
        if (i != 0 && bytesmode) {
          p.raise_error("SyntaxError", "cannot mix bytes and nonbytes literals");
        }
        bytesmode = false;
        FStr f{s, body_end, raw, t};
        std::size_t pos = body;
        concat_fstring(st, f, pos, 0);
        continue;
      }
      std::string_view content = s.substr(body, body_end - body);
      bool plain = raw || content.find('\\') == std::string_view::npos;
      std::string value;
      if (this_bytes) {
        for (char c : content) {
          if (static_cast<unsigned char>(c) >= 0x80) {
            p.raise_at(Parser::span(t), "bytes can only contain ASCII literal characters");
          }
        }
        value = plain ? std::string(content) : decode_bytes_with_escapes(content);
      } else {
        value = plain ? std::string(content) : decode_unicode_with_escapes(content);
      }
      if (i != 0 && bytesmode != this_bytes) {
        p.raise_error("SyntaxError", "cannot mix bytes and nonbytes literals");
      }
      bytesmode = this_bytes;
      if (bytesmode)
        bytes.append(value);
      else
        concat(st, std::move(value));
    }
    if (bytesmode) {
      auto* c = p.make<Constant>();
      c->value = Bytes{std::move(bytes)};
      c->lineno = first->lineno;
      c->col_offset = first->col_offset;
      c->end_lineno = last->end_lineno;
      c->end_col_offset = last->end_col_offset;
      return c;
    }
    return finish(st, first, last);
  }
};

expr* Parser::concatenate_strings(const std::vector<const Token*>& tokens) {
  StringParser sp{*this, tokens.front(), tokens.back()};
  return sp.concatenate(tokens);
}

}  // namespace al::parser
