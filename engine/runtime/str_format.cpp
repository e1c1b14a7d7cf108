// str.format / format_map (CPython: Objects/stringlib/unicode_format.h) and printf-style
// `str % args` (CPython: Objects/unicodeobject.c PyUnicode_Format).
//
// Index
//   1. str.format: field parsing ({0} {name} {x.attr} {x[0]} {!r} {:spec} nested specs)
//   2. % formatting
#include <cmath>
#include <functional>
#include <vector>

#include "engine/runtime/api.h"
#include "engine/runtime/dict.h"
#include "engine/runtime/exceptions.h"
#include "engine/runtime/float.h"
#include "engine/runtime/int.h"
#include "engine/runtime/num_bridge.h"
#include "engine/runtime/numeric/percent_format.h"
#include "engine/runtime/str.h"
#include "engine/runtime/tuple.h"
#include "engine/runtime/type_util.h"
#include "engine/runtime/types.h"

namespace al {

// ---------------------------------------------------------------------------------------------
// 1. str.format
// ---------------------------------------------------------------------------------------------

namespace {

struct FormatState {
  Args args;
  Object* mapping;     // format_map's mapping, or null
  int auto_index = 0;  // -1 once manual numbering is used
  bool manual = false;
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

Value lookup_kw(FormatState& st, std::string_view name) {
  if (st.mapping) {
    Ref<Str> key = str_from(name);
    return getitem(st.mapping, key.get());
  }
  for (size_t i = 0; i < st.args.nkw(); ++i) {
    if (st.args.kw_name(i)->s == name) return Value(st.args.kw_value(i));
  }
  Ref<Str> key = str_from(name);
  raise_key_error(key.get());
}

// Resolves "0", "name", "0.attr[key]" to an object (CPython: get_field_object).
Value get_field(FormatState& st, std::string_view field) {
  size_t end = field.find_first_of(".[");
  std::string_view first = field.substr(0, end);
  Value obj;
  if (first.empty()) {
    if (st.manual) {
      raise(exc::ValueError,
            "cannot switch from manual field specification to automatic field numbering");
    }
    size_t idx = size_t(st.auto_index++);
    if (st.mapping) raise(exc::ValueError, "Format string contains positional fields");
    if (idx >= st.args.npos) {
      raise(exc::IndexError,
            "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
    }
    obj = Value(st.args[idx]);
  } else if (all_digits(first)) {
    if (st.auto_index > 0) {
      raise(exc::ValueError,
            "cannot switch from automatic field numbering to manual field specification");
    }
    st.manual = true;
    size_t idx = std::stoul(std::string(first));
    if (st.mapping) raise(exc::ValueError, "Format string contains positional fields");
    if (idx >= st.args.npos) {
      raise(exc::IndexError,
            "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
    }
    obj = Value(st.args[idx]);
  } else {
    obj = lookup_kw(st, first);
  }
  size_t pos = end;
  while (pos != std::string_view::npos && pos < field.size()) {
    if (field[pos] == '.') {
      size_t next = field.find_first_of(".[", pos + 1);
      std::string_view attr = field.substr(
          pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
      if (attr.empty()) raise(exc::ValueError, "Empty attribute in format string");
      obj = getattr(obj.get(), attr);
      pos = next;
    } else {
      size_t close = field.find(']', pos);
      if (close == std::string_view::npos) raise(exc::ValueError, "Missing ']' in format string");
      std::string_view key = field.substr(pos + 1, close - pos - 1);
      if (key.empty()) raise(exc::ValueError, "Empty attribute in format string");
      Value k =
          all_digits(key) ? int_from(int64_t(std::stoll(std::string(key)))) : Value(str_from(key));
      obj = getitem(obj.get(), k.get());
      pos = close + 1;
      if (pos < field.size() && field[pos] != '.' && field[pos] != '[') {
        raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
  return obj;
}

std::string render(FormatState& st, std::string_view fmt, int depth);

// One replacement field's text between the braces.
std::string render_field(FormatState& st, std::string_view inner, int depth) {
  // Split field_name[!conv][:spec], honouring brackets in the field name.
  size_t i = 0;
  while (i < inner.size() && inner[i] != '!' && inner[i] != ':') {
    if (inner[i] == '[') {
      while (i < inner.size() && inner[i] != ']') ++i;
    }
    if (i < inner.size()) ++i;
  }
  std::string_view name = inner.substr(0, i);
  char conv = 0;
  std::string_view spec;
  if (i < inner.size() && inner[i] == '!') {
    if (i + 1 >= inner.size())
      raise(exc::ValueError, "end of string while looking for conversion specifier");
    conv = inner[i + 1];
    i += 2;
    if (i < inner.size() && inner[i] != ':')
      raise(exc::ValueError, "expected ':' after conversion specifier");
  }
  if (i < inner.size() && inner[i] == ':') spec = inner.substr(i + 1);
  Value obj = get_field(st, name);
  if (conv) {
    if (conv == 'r') {
      obj = repr(obj.get());
    } else if (conv == 's') {
      obj = str(obj.get());
    } else if (conv == 'a') {
      obj = ascii(obj.get());
    } else {
      raise(exc::ValueError, std::string("Unknown conversion specifier ") + conv);
    }
  }
  std::string spec_text =
      spec.find('{') != std::string_view::npos ? render(st, spec, depth + 1) : std::string(spec);
  Ref<Str> spec_str = str_from(spec_text);
  Value r = format(obj.get(), spec_str.get());
  return static_cast<Str*>(r.get())->s;
}

std::string render(FormatState& st, std::string_view fmt, int depth) {
  if (depth > 2) raise(exc::ValueError, "Max string recursion exceeded");
  std::string out;
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      int level = 1;
      size_t j = i + 1;
      while (j < fmt.size() && level > 0) {
        if (fmt[j] == '{') ++level;
        if (fmt[j] == '}') --level;
        if (level > 0) ++j;
      }
      if (j >= fmt.size()) {
        if (i + 1 == fmt.size()) raise(exc::ValueError, "Single '{' encountered in format string");
        raise(exc::ValueError, "expected '}' before end of string");
      }
      out += render_field(st, fmt.substr(i + 1, j - i - 1), depth);
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise(exc::ValueError, "Single '}' encountered in format string");
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace

Value str_format(Str* fmt, Args args, Object* mapping) {
  FormatState st{args, mapping};
  return str_from(render(st, fmt->s, 0));
}

// ---------------------------------------------------------------------------------------------
// 2. % formatting: this walks the format string and converts the arguments; al_numeric parses
//    each conversion and renders the value.
// ---------------------------------------------------------------------------------------------

Value str_percent_format(Str* fmt, Object* args) {
  const std::string& f = fmt->s;
  bool is_tuple = is_instance(args, tuple_type);
  Tuple* tup = is_tuple ? static_cast<Tuple*>(args) : nullptr;
  size_t nargs = is_tuple ? tup->size : 1;
  size_t argi = 0;
  // CPython: PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args).
  bool has_mapping = !is_tuple && args->type->getitem && !is_instance(args, str_type);
  auto next_arg = [&]() -> Object* {
    if (argi >= nargs) raise(exc::TypeError, "not enough arguments for format string");
    return is_tuple ? tup->items[argi++] : (++argi, args);
  };
  auto star_arg = [&](bool) -> int64_t {
    Object* w = next_arg();
    if (!is_instance(w, int_type)) raise(exc::TypeError, "* wants int");
    return index_as_int64(w);
  };
  std::string out;
  size_t pos = 0;
  while (pos < f.size()) {
    size_t next = f.find('%', pos);
    if (next == std::string::npos) {
      out.append(f, pos, std::string::npos);
      break;
    }
    out.append(f, pos, next - pos);
    pos = next + 1;
    num::PercentSpec spec;
    try {
      spec = num::parse_percent_spec(f, &pos, star_arg, has_mapping);
    } catch (const num::Error& e) {
      raise_num_error(e);
    }
    if (spec.literal_percent) {
      out += '%';
      continue;
    }
    Value keyed;
    Object* v;
    if (spec.has_key) {
      Ref<Str> key = str_from(spec.key);
      keyed = getitem(args, key.get());
      v = keyed.get();
    } else {
      v = next_arg();
    }
    char32_t t = spec.type;
    if (num::percent_is_text_type(t)) {
      Ref<Str> text = t == 's' ? str(v) : t == 'r' ? repr(v) : ascii(v);
      out += num_call([&] { return num::percent_format_text(text->s, spec); });
    } else if (num::percent_is_int_type(t)) {
      char tc = char(t);
      Value iv;
      if (t == 'd' || t == 'i' || t == 'u') {
        if (is_instance(v, int_type)) {
          iv = Value(v);
        } else if (is_instance(v, float_type) || v->type->to_int || v->type->index) {
          iv = number_to_int(v);
        } else {
          raise(exc::TypeError,
                std::string("%") + tc + " format: a real number is required, not " + tname(v));
        }
      } else {
        if (!is_instance(v, int_type) && !v->type->index) {
          raise(exc::TypeError,
                std::string("%") + tc + " format: an integer is required, not " + tname(v));
        }
        iv = number_index(v);
      }
      out += num_call([&] { return num::percent_format_int(int_as_mpz(iv.get()), spec); });
    } else if (num::percent_is_float_type(t)) {
      double d = float_as_double(v);
      out += num_call([&] { return num::percent_format_float(d, spec); });
    } else if (t == 'c') {
      char32_t ch;
      if (is_instance(v, str_type) && static_cast<Str*>(v)->length == 1) {
        ch = str_char_at(static_cast<Str*>(v), 0);
      } else if (is_instance(v, int_type)) {
        ch = num_call([&] { return num::percent_char_from_int(int_as_mpz(v)); });
      } else {
        raise(exc::TypeError, "%c requires int or char");
      }
      out += num_call([&] { return num::percent_format_char(ch, spec); });
    } else {
      raise(exc::ValueError, num::percent_unsupported_message(spec));
    }
  }
  if (argi < nargs && !has_mapping) {
    raise(exc::TypeError, "not all arguments converted during string formatting");
  }
  return str_from(std::move(out));
}

}  // namespace al
