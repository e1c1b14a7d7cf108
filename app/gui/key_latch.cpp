#include "app/gui/key_latch.h"

#include <GLFW/glfw3.h>

#include <bitset>
#include <deque>

namespace al::gui::key_latch {

namespace {

struct Change {
  GLFWwindow* window;
  int key, scancode, action, mods;
};

GLFWkeyfun g_next = nullptr;
std::bitset<GLFW_KEY_LAST + 1> g_changed;  // keys that changed state this frame
bool g_any_press = false;                  // some key went down this frame
long g_presses = 0;
std::deque<Change> g_held;

bool held_for(int key) {
  for (const Change& c : g_held)
    if (c.key == key) return true;
  return false;
}

// Whether a change must wait for the next frame: a key changes once per frame, after the
// changes held before it, and nothing is released in a frame where something was pressed — so
// Ctrl+Q is seen with Ctrl down even when Ctrl comes up before Q does.
bool must_wait(int key, int action) {
  return g_changed.test(static_cast<std::size_t>(key)) || held_for(key) ||
         (action == GLFW_RELEASE && g_any_press);
}

void deliver(const Change& c) {
  g_changed.set(static_cast<std::size_t>(c.key));
  if (c.action == GLFW_PRESS) {
    g_any_press = true;
    ++g_presses;
  }
  if (g_next) g_next(c.window, c.key, c.scancode, c.action, c.mods);
}

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  Change c{window, key, scancode, action, mods};
  if (key < 0 || key > GLFW_KEY_LAST || action == GLFW_REPEAT) {
    if (g_next) g_next(window, key, scancode, action, mods);
    return;
  }
  if (must_wait(key, action))
    g_held.push_back(c);
  else
    deliver(c);
}

}  // namespace

void install(GLFWwindow* window) {
  g_next = glfwSetKeyCallback(window, on_key);
}

void new_frame() {
  g_changed.reset();
  g_any_press = false;
  std::deque<Change> waiting;
  waiting.swap(g_held);
  for (const Change& c : waiting) {
    if (must_wait(c.key, c.action))
      g_held.push_back(c);
    else
      deliver(c);
  }
}

bool pending() {
  return !g_held.empty();
}

long presses() {
  return g_presses;
}

}  // namespace al::gui::key_latch
