#include "app/gui/screenshot.h"

#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <system_error>
#include <vector>

namespace al::gui {

bool write_framebuffer_png(const std::filesystem::path& path, int width, int height) {
  if (width <= 0 || height <= 0) return false;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  // OpenGL's rows run bottom-up; PNG's top-down.
  stbi_flip_vertically_on_write(1);
  std::filesystem::path tmp = path;
  tmp += ".tmp.png";
  if (!stbi_write_png(tmp.c_str(), width, height, 3, pixels.data(), width * 3)) return false;
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

}  // namespace al::gui
