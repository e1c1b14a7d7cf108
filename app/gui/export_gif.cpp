#include "app/gui/export_gif.h"

#include <gif_lib.h>

#include <system_error>

namespace al::gui {

namespace {

// Frees the map on every path out of write_gif.
struct MapHolder {
  ColorMapObject* map = nullptr;
  ~MapHolder() {
    if (map) GifFreeMapObject(map);
  }
};

bool put_frame(GifFileType* gif, const RgbFrame& f, int delay_cs) {
  std::size_t n = static_cast<std::size_t>(f.width) * static_cast<std::size_t>(f.height);
  std::vector<GifByteType> r(n), g(n), b(n), index(n);
  for (std::size_t i = 0; i < n; ++i) {
    r[i] = f.rgb[3 * i];
    g[i] = f.rgb[3 * i + 1];
    b[i] = f.rgb[3 * i + 2];
  }
  MapHolder map;
  map.map = GifMakeMapObject(256, nullptr);
  if (!map.map) return false;
  int colours = 256;
  if (GifQuantizeBuffer(static_cast<unsigned>(f.width), static_cast<unsigned>(f.height), &colours,
                        r.data(), g.data(), b.data(), index.data(), map.map->Colors) == GIF_ERROR)
    return false;
  GraphicsControlBlock gcb{};
  gcb.DisposalMode = DISPOSE_DO_NOT;
  gcb.DelayTime = delay_cs;
  gcb.TransparentColor = NO_TRANSPARENT_COLOR;
  GifByteType ext[4];
  EGifGCBToExtension(&gcb, ext);
  if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_ERROR) return false;
  if (EGifPutImageDesc(gif, 0, 0, f.width, f.height, false, map.map) == GIF_ERROR) return false;
  for (int y = 0; y < f.height; ++y)
    if (EGifPutLine(gif,
                    index.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(f.width),
                    f.width) == GIF_ERROR)
      return false;
  return true;
}

}  // namespace

bool write_gif(const std::filesystem::path& path, const std::vector<RgbFrame>& frames,
               int delay_cs) {
  if (frames.empty() || frames[0].width <= 0 || frames[0].height <= 0) return false;
  for (const RgbFrame& f : frames)
    if (f.width != frames[0].width || f.height != frames[0].height ||
        f.rgb.size() != static_cast<std::size_t>(f.width) * static_cast<std::size_t>(f.height) * 3)
      return false;
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  int err = 0;
  GifFileType* gif = EGifOpenFileName(tmp.c_str(), false, &err);
  if (!gif) return false;
  EGifSetGifVersion(gif, true);
  // The screen has no global map: each frame brings its own.
  bool ok = EGifPutScreenDesc(gif, frames[0].width, frames[0].height, 8, 0, nullptr) != GIF_ERROR;
  // NETSCAPE2.0: loop forever.
  static const unsigned char kLoop[3] = {1, 0, 0};
  ok = ok && EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) != GIF_ERROR &&
       EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") != GIF_ERROR &&
       EGifPutExtensionBlock(gif, 3, kLoop) != GIF_ERROR &&
       EGifPutExtensionTrailer(gif) != GIF_ERROR;
  for (std::size_t i = 0; ok && i < frames.size(); ++i) ok = put_frame(gif, frames[i], delay_cs);
  if (EGifCloseFile(gif, &err) == GIF_ERROR) ok = false;
  if (ok)
    std::filesystem::rename(tmp, path, ec);
  else
    std::filesystem::remove(tmp, ec);
  return ok && !ec;
}

}  // namespace al::gui
