// PNG of the window: reads the OpenGL back buffer and writes it with stb_image_write (Debian's
// libstb, which libimgui-dev already depends on).
#pragma once

#include <filesystem>

namespace al::gui {

// Reads the current framebuffer (`width` x `height` pixels, after rendering, before the
// buffer swap) and writes it to `path` as an RGB PNG. Creates parent folders.
bool write_framebuffer_png(const std::filesystem::path& path, int width, int height);

}  // namespace al::gui
