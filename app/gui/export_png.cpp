#include "app/gui/export_png.h"

#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <system_error>

namespace al::gui {

RgbFrame read_framebuffer_region(int x, int y, int w, int h, int fb_width, int fb_height) {
  RgbFrame f;
  int x0 = std::clamp(x, 0, fb_width), y0 = std::clamp(y, 0, fb_height);
  int x1 = std::clamp(x + w, 0, fb_width), y1 = std::clamp(y + h, 0, fb_height);
  if (x1 <= x0 || y1 <= y0) return f;
  f.width = x1 - x0;
  f.height = y1 - y0;
  std::vector<std::uint8_t> up(static_cast<std::size_t>(f.width) *
                               static_cast<std::size_t>(f.height) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  // OpenGL counts rows from the bottom.
  glReadPixels(x0, fb_height - y1, f.width, f.height, GL_RGB, GL_UNSIGNED_BYTE, up.data());
  f.rgb.resize(up.size());
  std::size_t row = static_cast<std::size_t>(f.width) * 3;
  for (int r = 0; r < f.height; ++r)
    std::copy_n(up.data() + static_cast<std::size_t>(f.height - 1 - r) * row, row,
                f.rgb.data() + static_cast<std::size_t>(r) * row);
  return f;
}

bool write_png(const std::filesystem::path& path, const RgbFrame& frame) {
  if (frame.width <= 0 || frame.height <= 0 ||
      frame.rgb.size() !=
          static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height) * 3)
    return false;
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  std::filesystem::path tmp = path;
  tmp += ".tmp.png";
  stbi_flip_vertically_on_write(0);
  if (!stbi_write_png(tmp.c_str(), frame.width, frame.height, 3, frame.rgb.data(), frame.width * 3))
    return false;
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

}  // namespace al::gui
