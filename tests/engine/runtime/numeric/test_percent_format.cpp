// printf-style formatting: each case is one `fmt % value` evaluated by python3 (CPython 3.11)
// in gen_cases.py; the driver below walks the format as PyUnicode_Format does.
#include "engine/runtime/numeric/percent_format.h"

#include <deque>

#include "engine/runtime/numeric/int_float.h"
#include "engine/runtime/numeric/text.h"
#include "tests/engine/runtime/numeric/case_table.h"

using al::test::Json;

namespace {

// Formats `fmt` with the case's single value (and '*' arguments), the way the runtime will.
std::string drive(const Json& c) {
  using namespace al::num;
  std::string fmt = c["fmt"].get<std::string>();
  std::deque<std::int64_t> stars;
  if (c.contains("stars"))
    for (const auto& s : c["stars"]) stars.push_back(s.get<std::int64_t>());
  std::string kind = c["kind"].get<std::string>();
  bool has_mapping = fmt.find("%(") != std::string::npos;
  auto star = [&](bool) {
    std::int64_t v = stars.front();
    stars.pop_front();
    return v;
  };
  std::string out;
  std::size_t pos = 0;
  while (pos < fmt.size()) {
    std::size_t pct = fmt.find('%', pos);
    if (pct == std::string::npos) {
      out += fmt.substr(pos);
      break;
    }
    out += fmt.substr(pos, pct - pos);
    pos = pct + 1;
    PercentSpec spec = parse_percent_spec(fmt, &pos, star, has_mapping);
    if (spec.literal_percent) {
      out += '%';
    } else if (percent_is_int_type(spec.type) && kind == "int") {
      out += percent_format_int(al::test::int_from_text(c["n"]), spec);
    } else if (percent_is_float_type(spec.type)) {
      double x = kind == "int" ? int_to_double(al::test::int_from_text(c["n"]))
                               : al::test::from_bits(c["x"]);
      out += percent_format_float(x, spec);
    } else if (spec.type == U'c') {
      char32_t ch = kind == "int" ? percent_char_from_int(al::test::int_from_text(c["n"]))
                                  : utf8_decode(c["text"].get<std::string>())[0];
      out += percent_format_char(ch, spec);
    } else if (percent_is_text_type(spec.type)) {
      out += percent_format_text(c["text"].get<std::string>(), spec);
    } else {
      throw ValueError(percent_unsupported_message(spec));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("percent formatting matches CPython str % value", "[percent_format]") {
  for (const auto& c : al::test::load_cases("percent"))
    al::test::check_case(c, [&] { return Json(drive(c)); });
}

TEST_CASE("parse_percent_spec fields", "[percent_format]") {
  using namespace al::num;
  std::string fmt = "ab%(x)-+#012.5ld";
  std::size_t pos = 3;
  PercentSpec s = parse_percent_spec(
      fmt, &pos, [](bool) -> std::int64_t { return 0; }, true);
  CHECK(pos == fmt.size());
  CHECK(s.has_key);
  CHECK(s.key == "x");
  CHECK(s.flags == (kPctLeft | kPctSign | kPctAlt | kPctZero));
  CHECK(s.width == 12);
  CHECK(s.precision == 5);
  CHECK(s.type == U'd');
  CHECK(s.type_index == 15);
  // The index in the message counts code points: '协%y' % 1 from python3.
  std::string wide = "协%y";
  pos = wide.find('%') + 1;
  PercentSpec w = parse_percent_spec(
      wide, &pos, [](bool) -> std::int64_t { return 0; }, false);
  CHECK(percent_unsupported_message(w) == "unsupported format character 'y' (0x79) at index 2");
  pos = 1;
  CHECK_THROWS_WITH(parse_percent_spec(
                        "%(x)s", &pos, [](bool) -> std::int64_t { return 0; }, false),
                    "format requires a mapping");
}
