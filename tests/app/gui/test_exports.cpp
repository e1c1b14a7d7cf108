// Exports: the animated GIF and the PNG are decoded again (giflib, stb_image) and compared pixel
// by pixel; the Chrome trace and text timeline of a real run are read back.
#include <catch2/catch.hpp>

#include <gif_lib.h>
#include <stb/stb_image.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "app/gui/engine_runner.h"
#include "app/gui/export_gif.h"
#include "app/gui/export_png.h"
#include "app/gui/export_trace.h"
#include "app/gui/paths.h"
#include "app/gui/scenario_runner.h"

using namespace al::gui;
namespace fs = std::filesystem;

namespace {

fs::path scratch() {
  fs::path p = fs::temp_directory_path() / ("awaitlab-test-exports-" + std::to_string(::getpid()));
  fs::create_directories(p);
  return p;
}

RgbFrame solid(int w, int h, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  RgbFrame f{w, h, {}};
  for (int i = 0; i < w * h; ++i) f.rgb.insert(f.rgb.end(), {r, g, b});
  return f;
}

}  // namespace

TEST_CASE("an animated GIF decodes to the frames written", "[exports]") {
  fs::path path = scratch() / "steps.gif";
  std::vector<RgbFrame> frames = {solid(8, 6, 255, 255, 255), solid(8, 6, 200, 40, 40),
                                  solid(8, 6, 0, 0, 0)};
  // A second colour in the last frame's bottom-right pixel.
  frames[2].rgb[(6 * 8 - 1) * 3] = 255;
  REQUIRE(write_gif(path, frames, 50));
  int err = 0;
  GifFileType* gif = DGifOpenFileName(path.c_str(), &err);
  REQUIRE(gif);
  REQUIRE(DGifSlurp(gif) == GIF_OK);
  CHECK(gif->SWidth == 8);
  CHECK(gif->SHeight == 6);
  REQUIRE(gif->ImageCount == 3);
  auto pixel = [&](int image, int x, int y) {
    const SavedImage& s = gif->SavedImages[image];
    const ColorMapObject* map = s.ImageDesc.ColorMap ? s.ImageDesc.ColorMap : gif->SColorMap;
    return map->Colors[s.RasterBits[y * 8 + x]];
  };
  // giflib's quantizer keeps 5 bits a channel: colours come back within 8 of what was written.
  auto near = [](int a, int b) { return std::abs(a - b) <= 8; };
  GifColorType white = pixel(0, 3, 3), red = pixel(1, 0, 0), black = pixel(2, 0, 0),
               corner = pixel(2, 7, 5);
  CHECK((near(white.Red, 255) && near(white.Green, 255) && near(white.Blue, 255)));
  CHECK((near(red.Red, 200) && near(red.Green, 40) && near(red.Blue, 40)));
  CHECK((near(black.Red, 0) && near(black.Green, 0) && near(black.Blue, 0)));
  CHECK((near(corner.Red, 255) && near(corner.Green, 0)));
  GraphicsControlBlock gcb{};
  REQUIRE(DGifSavedExtensionToGCB(gif, 1, &gcb) == GIF_OK);
  CHECK(gcb.DelayTime == 50);
  DGifCloseFile(gif, &err);

  CHECK_FALSE(write_gif(scratch() / "empty.gif", {}, 10));
  std::vector<RgbFrame> mixed = {solid(4, 4, 1, 2, 3), solid(5, 4, 1, 2, 3)};
  CHECK_FALSE(write_gif(scratch() / "mixed.gif", mixed, 10));
  CHECK_FALSE(fs::exists(scratch() / "mixed.gif"));
}

TEST_CASE("a PNG decodes to the pixels written", "[exports]") {
  RgbFrame f{5, 3, {}};
  for (int y = 0; y < 3; ++y)
    for (int x = 0; x < 5; ++x)
      f.rgb.insert(f.rgb.end(), {std::uint8_t(x * 50), std::uint8_t(y * 100), std::uint8_t(7)});
  fs::path path = scratch() / "timeline.png";
  REQUIRE(write_png(path, f));
  int w = 0, h = 0, n = 0;
  unsigned char* px = stbi_load(path.c_str(), &w, &h, &n, 3);
  REQUIRE(px);
  CHECK(w == 5);
  CHECK(h == 3);
  CHECK(std::vector<std::uint8_t>(px, px + 45) == f.rgb);
  stbi_image_free(px);
  CHECK_FALSE(write_png(scratch() / "bad.png", RgbFrame{2, 2, {1, 2, 3}}));
}

TEST_CASE("the Chrome trace and the text timeline of a real run", "[exports]") {
  set_scenario_runner(run_with_engine);
  const char* source = R"(import asyncio

async def worker(n):
    await asyncio.sleep(n)
    print("done", n)

async def main():
    await asyncio.gather(asyncio.create_task(worker(1), name="w1"), asyncio.create_task(worker(2), name="w2"))

asyncio.run(main())
)";
  RunResult r = run_scenario(source, "two.py", false);
  REQUIRE(r.model);
  fs::path dir = scratch() / "exports";
  fs::remove_all(dir);
  fs::path json_path = next_export_path(dir, "two", "trace.json");
  CHECK(json_path.filename() == "two-1.trace.json");
  REQUIRE(export_chrome_trace(*r.model, json_path));
  CHECK(next_export_path(dir, "two", "trace.json").filename() == "two-2.trace.json");
  std::string text;
  REQUIRE(read_file(json_path, text));
  nlohmann::json j = nlohmann::json::parse(text);
  std::vector<std::string> threads;
  for (const auto& e : j["traceEvents"])
    if (e["ph"] == "M" && e["name"] == "thread_name") threads.push_back(e["args"]["name"]);
  CHECK(std::find(threads.begin(), threads.end(), "event loop") != threads.end());
  CHECK(std::find(threads.begin(), threads.end(), "w1 (worker)") != threads.end());
  CHECK(std::find(threads.begin(), threads.end(), "w2 (worker)") != threads.end());

  fs::path txt = next_export_path(dir, "two", "txt");
  REQUIRE(export_text_timeline(*r.model, txt));
  REQUIRE(read_file(txt, text));
  CHECK(text.find("w1 (worker)") != std::string::npos);
  CHECK(text.find("legend:") != std::string::npos);
  fs::remove_all(scratch());
}

TEST_CASE("the Chrome trace of every script of the lock lesson", "[exports]") {
  set_scenario_runner(run_with_engine);
  fs::path dir = fs::path(AWAITLAB_SOURCE_DIR) / "lessons" / "12-lock-race";
  for (const char* name : {"scenario.py", "variant-1.py", "variant-2.py"}) {
    std::string source;
    REQUIRE(read_file(dir / name, source));
    RunResult r = run_scenario(source, name, false);
    REQUIRE(r.model);
    fs::path out = scratch() / (std::string(name) + ".trace.json");
    INFO(name);
    REQUIRE(export_chrome_trace(*r.model, out));
    std::string text;
    REQUIRE(read_file(out, text));
    CHECK(nlohmann::json::parse(text)["traceEvents"].size() > 10);
  }
  fs::remove_all(scratch());
}
