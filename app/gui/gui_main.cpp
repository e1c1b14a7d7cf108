#include "app/gui/gui_main.h"

#include "app/gui/app.h"
#include "app/gui/engine_runner.h"
#include "app/gui/options.h"

namespace al {

int gui_main(int argc, char** argv) {
  gui::Options options;
  if (auto status = gui::parse_options(argc, argv, options)) return *status;
  if (!gui::has_scenario_runner()) gui::set_scenario_runner(gui::run_with_engine);
  gui::set_engine_clock(options.clock == "real" ? ClockMode::Real : ClockMode::Virtual);
  gui::App app(std::move(options));
  return app.run();
}

}  // namespace al
