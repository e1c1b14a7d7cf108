// PNG of part of the window (the timeline for a slide): pixels read back from OpenGL, cropped,
// written with stb_image_write like the whole-window screenshot.
#pragma once

#include <filesystem>

#include "app/gui/export_gif.h"

namespace al::gui {

// The rectangle (x, y, w, h in framebuffer pixels, y from the top) of the back buffer of a
// `fb_height`-pixel-high framebuffer, clipped to it; an empty frame when nothing is left.
RgbFrame read_framebuffer_region(int x, int y, int w, int h, int fb_width, int fb_height);
bool write_png(const std::filesystem::path& path, const RgbFrame& frame);

}  // namespace al::gui
