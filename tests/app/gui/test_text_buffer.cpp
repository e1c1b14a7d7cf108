#include <catch2/catch.hpp>

#include "app/gui/text_buffer.h"

using al::gui::TextBuffer;
using al::gui::TextPos;

TEST_CASE("text buffer round-trips text and normalises line endings", "[editor]") {
  TextBuffer b;
  b.set_text("a\r\nbc\rd\n");
  REQUIRE(b.line_count() == 4);
  CHECK(b.text() == "a\nbc\nd\n");
  CHECK(b.line(3).empty());
}

TEST_CASE("typing merges into one undo step until a space ends the word", "[editor]") {
  TextBuffer b;
  for (char32_t c : std::u32string(U"ab cd")) b.type_char(c);
  CHECK(b.text() == "ab cd");
  b.undo();
  CHECK(b.text() == "ab");
  b.undo();
  CHECK(b.text() == "");
  CHECK_FALSE(b.can_undo());
  b.redo();
  b.redo();
  CHECK(b.text() == "ab cd");
  CHECK(b.cursor() == TextPos{0, 5});
}

TEST_CASE("CJK characters are typed, moved over and deleted as whole code points", "[editor]") {
  TextBuffer b;
  b.set_text("x = 1");
  b.move_end(false);
  b.type_char(U'#');
  b.type_char(U'中');
  b.type_char(U'文');
  CHECK(b.text() == "x = 1#中文");
  CHECK(b.cursor().col == 12);  // 6 ASCII bytes + two 3-byte characters
  b.move_left(false);
  CHECK(b.cursor().col == 9);
  b.backspace();
  CHECK(b.text() == "x = 1#文");
  CHECK(b.char_column(0, b.cursor().col) == 6);
}

TEST_CASE("newline keeps indentation and indents after a colon", "[editor]") {
  TextBuffer b;
  b.set_text("async def main():");
  b.move_end(false);
  b.newline();
  CHECK(b.text() == "async def main():\n    ");
  for (char32_t c : std::u32string(U"await x")) b.type_char(c);
  b.newline();
  CHECK(b.text() == "async def main():\n    await x\n    ");
  b.backspace();  // one indent level at a time
  CHECK(b.text() == "async def main():\n    await x\n");
}

TEST_CASE("selection replace, copy text and multi-line delete undo as one step", "[editor]") {
  TextBuffer b;
  b.set_text("one\ntwo\nthree");
  b.set_cursor(TextPos{0, 1});
  b.set_cursor(TextPos{2, 2}, true);
  CHECK(b.selected_text() == "ne\ntwo\nth");
  b.type_char(U'X');
  CHECK(b.text() == "oXree");
  b.undo();
  CHECK(b.text() == "one\ntwo\nthree");
  CHECK(b.selection_start() == TextPos{0, 1});
  CHECK(b.selection_end() == TextPos{2, 2});
}

TEST_CASE("paste inserts lines and tabs become spaces", "[editor]") {
  TextBuffer b;
  b.insert_text("a\r\n\tb");
  CHECK(b.text() == "a\n    b");
  CHECK(b.cursor() == TextPos{1, 5});
}

TEST_CASE("indent and unindent selected lines", "[editor]") {
  TextBuffer b;
  b.set_text("a\nb\nc");
  b.set_cursor(TextPos{0, 0});
  b.set_cursor(TextPos{1, 1}, true);
  b.indent();
  CHECK(b.text() == "    a\n    b\nc");
  b.unindent();
  CHECK(b.text() == "a\nb\nc");
  b.undo();
  CHECK(b.text() == "    a\n    b\nc");
}

TEST_CASE("word movement and home toggling", "[editor]") {
  TextBuffer b;
  b.set_text("    await asyncio.sleep(1)");
  b.move_end(false);
  b.move_left(false, true);
  CHECK(b.cursor().col == 25);  // before ")"
  b.move_left(false, true);
  CHECK(b.cursor().col == 24);  // before "1"
  b.move_left(false, true);
  CHECK(b.cursor().col == 23);  // before "("
  b.move_left(false, true);
  CHECK(b.cursor().col == 18);  // start of "sleep"
  b.move_home(false);
  CHECK(b.cursor().col == 4);
  b.move_home(false);
  CHECK(b.cursor().col == 0);
  b.move_right(false, true);
  CHECK(b.cursor().col == 4);
}

TEST_CASE("up and down keep the column they aim for", "[editor]") {
  TextBuffer b;
  b.set_text("abcdef\nab\nabcdef");
  b.set_cursor(TextPos{0, 5});
  b.move_down(false);
  CHECK(b.cursor() == TextPos{1, 2});
  b.move_down(false);
  CHECK(b.cursor() == TextPos{2, 5});
  b.move_down(false);
  CHECK(b.cursor() == TextPos{2, 6});
}

TEST_CASE("delete forward joins lines and redo is cleared by a new edit", "[editor]") {
  TextBuffer b;
  b.set_text("ab\ncd");
  b.move_end(false);
  b.delete_forward();
  CHECK(b.text() == "abcd");
  b.undo();
  CHECK(b.can_redo());
  b.type_char(U'!');
  CHECK_FALSE(b.can_redo());
  CHECK(b.text() == "ab!\ncd");
}

TEST_CASE("select word at a position", "[editor]") {
  TextBuffer b;
  b.set_text("q = asyncio.Queue()");
  b.select_word_at(TextPos{0, 6});
  CHECK(b.selected_text() == "asyncio");
}
