// Sections: markers · predict JSON · the md4c walk.
#include "app/gui/lesson_doc.h"

#include <md4c.h>

#include <nlohmann/json.hpp>

namespace al::gui {

// ---- markers ----

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The body of "<!-- NAME: body -->", or nothing.
std::optional<std::string_view> comment_body(std::string_view html, std::string_view name) {
  html = trim(html);
  if (!html.starts_with("<!--") || !html.ends_with("-->")) return std::nullopt;
  std::string_view inner = trim(html.substr(4, html.size() - 7));
  if (!inner.starts_with(name) || inner.size() <= name.size() || inner[name.size()] != ':')
    return std::nullopt;
  return trim(inner.substr(name.size() + 1));
}

bool positive_int(std::string_view s, int& out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v < 1) return false;
  out = v;
  return true;
}

bool one_of(std::string_view v, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed)
    if (v == a) return true;
  return false;
}

}  // namespace

std::optional<StepMarker> parse_step_marker(std::string_view html, std::string* problem) {
  std::optional<std::string_view> body = comment_body(html, "step");
  if (!body) return std::nullopt;
  StepMarker m;
  auto fail = [&](std::string why) -> std::optional<StepMarker> {
    if (problem) *problem = "step marker '" + std::string(html) + "': " + why;
    return std::nullopt;
  };
  std::string_view rest = *body;
  while (!rest.empty()) {
    std::size_t sp = rest.find(' ');
    std::string_view pair = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view{} : trim(rest.substr(sp + 1));
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos)
      return fail("expected key=value, got '" + std::string(pair) + "'");
    std::string_view key = pair.substr(0, eq), value = pair.substr(eq + 1);
    if (key == "task")
      m.task = value;
    else if (key == "event")
      m.event = value;
    else if (key == "n") {
      if (!positive_int(value, m.n)) return fail("n must be 1, 2, ...");
    } else if (key == "lane")
      m.lane = value;
    else if (key == "panel")
      m.panel = value;
    else
      return fail("unknown key '" + std::string(key) + "'");
  }
  if (m.task.empty()) return fail("no task");
  if (!one_of(m.event, {"create", "run", "suspend", "wake", "end"})) return fail("bad event");
  if (!one_of(m.lane, {"task", "loop"})) return fail("bad lane");
  if (!m.panel.empty() && !one_of(m.panel, {"tasks", "loop", "primitives", "console", "code"}))
    return fail("bad panel");
  return m;
}

int parse_variant_marker(std::string_view html) {
  std::optional<std::string_view> body = comment_body(html, "variant");
  int n = 0;
  if (!body || !positive_int(*body, n)) return 0;
  return n;
}

// ---- predict JSON ----

PredictSpec parse_predict(std::string_view text, std::string* problem) {
  PredictSpec p;
  auto fail = [&](const std::string& why) {
    if (problem) *problem = "predict block: " + why;
    return PredictSpec{};
  };
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  auto strings = [](const nlohmann::json& a, std::vector<std::string>& out) {
    if (!a.is_array()) return false;
    for (const auto& s : a) {
      if (!s.is_string()) return false;
      out.push_back(s.get<std::string>());
    }
    return true;
  };
  std::string kind = j.value("kind", "");
  if (kind == "order") {
    p.kind = PredictSpec::Kind::order;
    if (!j.contains("lines") || !strings(j["lines"], p.lines) || p.lines.size() < 2)
      return fail("'lines' must list at least two strings");
    if (j.contains("distractors") && !strings(j["distractors"], p.distractors))
      return fail("'distractors' must list strings");
    return p;
  }
  if (kind == "next") {
    p.kind = PredictSpec::Kind::next;
    const nlohmann::json& a = j.value("after", nlohmann::json());
    if (!a.is_object() || !a.value("task", nlohmann::json()).is_string() ||
        !a.value("event", nlohmann::json()).is_string())
      return fail("'after' needs a task and an event");
    p.after.task = a["task"].get<std::string>();
    p.after.event = a["event"].get<std::string>();
    if (a.contains("n")) {
      if (!a["n"].is_number_integer() || a["n"].get<long>() < 1 || a["n"].get<long>() > 100000)
        return fail("'after.n' must be 1, 2, ...");
      p.after.n = a["n"].get<int>();
    }
    if (!j.contains("choices") || !strings(j["choices"], p.choices) || p.choices.size() < 2)
      return fail("'choices' must list at least two task names");
    if (!j.value("answer", nlohmann::json()).is_string()) return fail("no 'answer'");
    p.answer = j["answer"].get<std::string>();
    bool listed = false;
    for (const std::string& c : p.choices) listed = listed || c == p.answer;
    if (!listed) return fail("'answer' is not one of 'choices'");
    return p;
  }
  return fail("'kind' must be \"order\" or \"next\"");
}

// ---- the md4c walk ----

namespace {

struct Walker {
  LessonDoc doc;
  LessonBlock* current = nullptr;
  int list_depth = 0;
  std::vector<std::string> list_bullets;  // per open list: "" for bullets, else next number
  std::vector<unsigned> list_numbers;
  unsigned style = 0;
  bool soft_break = false;
  bool in_heading = false;
  int heading_level = 0;
  bool seen_predict = false;
  std::string html;  // inline HTML of the current block, until a comment closes

  LessonBlock& start(LessonBlock::Kind kind) {
    doc.blocks.push_back(LessonBlock{});
    LessonBlock& b = doc.blocks.back();
    b.kind = kind;
    b.level = list_depth;
    b.section = static_cast<int>(doc.sections.size()) - 1;
    b.after_predict = seen_predict;
    current = &b;
    return b;
  }

  void add_text(std::string_view s, unsigned st) {
    if (!current) start(LessonBlock::Kind::paragraph);
    std::vector<TextRun>& runs = current->runs;
    if (soft_break) {
      soft_break = false;
      // Lines of a paragraph join with a space, except between Chinese characters.
      bool wide_before = !runs.empty() && !runs.back().text.empty() &&
                         (static_cast<unsigned char>(runs.back().text.back()) & 0x80);
      bool wide_after = !s.empty() && (static_cast<unsigned char>(s.front()) & 0x80);
      if (!(wide_before && wide_after)) add_text(" ", TextRun::plain);
    }
    if (!runs.empty() && runs.back().style == st)
      runs.back().text += s;
    else
      runs.push_back(TextRun{std::string(s), st});
  }

  void marker(std::string_view comment) {
    std::string problem;
    if (std::optional<StepMarker> m = parse_step_marker(comment, &problem)) {
      if (current) current->step = *m;
      doc.steps.push_back(*m);
    } else if (!problem.empty()) {
      doc.problems.push_back(problem);
    } else if (int v = parse_variant_marker(comment)) {
      if (current) current->variant = v;
      doc.variants.push_back(v);
    }
  }
};

int enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
  Walker& w = *static_cast<Walker*>(user);
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      ++w.list_depth;
      w.list_numbers.push_back(type == MD_BLOCK_OL ? static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start
                                                   : 0);
      w.list_bullets.push_back(type == MD_BLOCK_OL ? "n" : "");
      break;
    case MD_BLOCK_LI: {
      LessonBlock& b = w.start(LessonBlock::Kind::item);
      if (!w.list_bullets.empty() && w.list_bullets.back() == "n")
        b.bullet = std::to_string(w.list_numbers.back()++) + ".";
      else
        b.bullet = "\xE2\x80\xA2";  // •
      break;
    }
    case MD_BLOCK_H:
      w.in_heading = true;
      w.heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
      w.start(LessonBlock::Kind::heading).level = w.heading_level;
      break;
    case MD_BLOCK_P:
      // A list item's first paragraph continues the item's block.
      if (!(w.current && w.current->kind == LessonBlock::Kind::item && w.current->runs.empty()))
        w.start(LessonBlock::Kind::paragraph);
      break;
    case MD_BLOCK_CODE: {
      const MD_ATTRIBUTE& info = static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->info;
      std::string_view i(info.text ? info.text : "", info.size);
      w.start(trim(i) == "predict" ? LessonBlock::Kind::predict : LessonBlock::Kind::code);
      break;
    }
    case MD_BLOCK_HR:
      w.start(LessonBlock::Kind::rule);
      break;
    default:
      break;
  }
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* user) {
  Walker& w = *static_cast<Walker*>(user);
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      --w.list_depth;
      w.list_numbers.pop_back();
      w.list_bullets.pop_back();
      break;
    case MD_BLOCK_H:
      w.in_heading = false;
      if (w.current) {
        std::string t = plain_text(*w.current);
        if (w.heading_level == 1 && w.doc.title.empty()) w.doc.title = t;
        if (w.heading_level == 2) {
          w.doc.sections.push_back(t);
          w.current->section = static_cast<int>(w.doc.sections.size()) - 1;
        }
      }
      w.current = nullptr;
      break;
    case MD_BLOCK_CODE:
      if (w.current && w.current->kind == LessonBlock::Kind::predict) {
        std::string problem;
        w.doc.predict = parse_predict(w.current->code, &problem);
        if (!problem.empty()) w.doc.problems.push_back(problem);
        w.seen_predict = true;
      }
      w.current = nullptr;
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_LI:
    case MD_BLOCK_HR:
      w.current = nullptr;
      w.soft_break = false;
      w.html.clear();
      break;
    default:
      break;
  }
  return 0;
}

unsigned span_bit(MD_SPANTYPE type) {
  switch (type) {
    case MD_SPAN_STRONG:
      return TextRun::strong;
    case MD_SPAN_EM:
      return TextRun::emphasis;
    case MD_SPAN_CODE:
      return TextRun::code;
    default:
      return 0;
  }
}

int enter_span(MD_SPANTYPE type, void*, void* user) {
  static_cast<Walker*>(user)->style |= span_bit(type);
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* user) {
  static_cast<Walker*>(user)->style &= ~span_bit(type);
  return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* t, MD_SIZE size, void* user) {
  Walker& w = *static_cast<Walker*>(user);
  std::string_view s(t, size);
  if (w.current && (w.current->kind == LessonBlock::Kind::code ||
                    w.current->kind == LessonBlock::Kind::predict)) {
    w.current->code += s;
    return 0;
  }
  switch (type) {
    case MD_TEXT_HTML:
      w.html += s;
      if (w.html.ends_with("-->")) {
        w.marker(w.html);
        w.html.clear();
      }
      break;
    case MD_TEXT_SOFTBR:
      w.soft_break = true;
      break;
    case MD_TEXT_BR:
      w.add_text("\n", TextRun::plain);
      break;
    case MD_TEXT_ENTITY:
      // The few entities lesson text might use; others stay as written.
      if (s == "&amp;")
        w.add_text("&", w.style);
      else if (s == "&lt;")
        w.add_text("<", w.style);
      else if (s == "&gt;")
        w.add_text(">", w.style);
      else if (s == "&nbsp;")
        w.add_text(" ", w.style);
      else
        w.add_text(s, w.style);
      break;
    case MD_TEXT_NULLCHAR:
      break;
    default:
      w.add_text(s, w.style);
      break;
  }
  return 0;
}

}  // namespace

LessonDoc parse_lesson(std::string_view markdown) {
  Walker w;
  MD_PARSER parser{};
  // Markers are inline comments: as HTML blocks they would swallow the rest of their line.
  parser.flags = MD_FLAG_NOHTMLBLOCKS | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &w);
  return std::move(w.doc);
}

std::string plain_text(const LessonBlock& b) {
  std::string s;
  for (const TextRun& r : b.runs) s += r.text;
  return s;
}

}  // namespace al::gui
