// What the window keeps for teaching (app_teach.cpp): the lesson's parsed text, the learner's
// progress, the prediction and its grade, presentation mode and a GIF being recorded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/gui/export_gif.h"
#include "app/gui/grading.h"
#include "app/gui/lesson_doc.h"
#include "app/gui/lesson_progress.h"
#include "app/gui/lesson_view.h"
#include "app/gui/predict_mode.h"
#include "app/gui/settings.h"

namespace al::gui {

struct TeachState {
  Progress progress;
  LessonDoc doc;
  std::string doc_key;  // lesson id | language of `doc`
  LessonViewState view;
  PredictPanel predict;
  std::string predict_lesson;  // the lesson the panel was reset for
  std::optional<Grade> grade;
  bool revealed = false;
  bool grade_pending = false;    // grade once the run on screen has finished
  bool preview_tab_set = false;  // a "next" question brought the loop tab forward once

  // presentation mode: what it changed, to put back
  bool presenting = false;
  Panels saved_panels;
  Theme saved_theme = Theme::dark;
  float saved_scale = 1.0f;
  float saved_left = 0.17f;
  int saved_x = 0, saved_y = 0, saved_w = 0, saved_h = 0;

  // exports done after the frame is rendered
  bool timeline_png_requested = false;
  int gif_frames_left = 0;  // > 0 while recording
  std::vector<RgbFrame> gif_frames;
  std::string last_export;  // path of the last file written (in the state dump)
  int exports = 0;
};

}  // namespace al::gui
