// Animated GIF of a stepped range, for slides: frames of RGB pixels written with giflib, each
// frame quantized to its own 256-colour map, looping forever.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace al::gui {

struct RgbFrame {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // top row first, 3 bytes a pixel
};

// Writes `frames` (all of the first frame's size) shown `delay_cs` hundredths of a second each.
bool write_gif(const std::filesystem::path& path, const std::vector<RgbFrame>& frames,
               int delay_cs);

}  // namespace al::gui
