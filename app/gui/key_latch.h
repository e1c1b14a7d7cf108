// Keeps quick key taps visible to Dear ImGui 1.86, which samples key state once per frame
// (io.KeysDown): a press and release delivered between two frames — a fast typist, a
// presentation clicker, xdotool — would otherwise leave no trace. Each key changes state at
// most once per frame; later changes of the same key wait for the next frame, in order.
#pragma once

struct GLFWwindow;

namespace al::gui::key_latch {

// Wraps the key callback ImGui's GLFW backend installed (call after ImGui_ImplGlfw_Init*).
void install(GLFWwindow* window);
// Starts a frame: delivers held-back key changes (one per key); call before polling events.
void new_frame();
// True while key changes are held back: the loop must not sleep waiting for input.
bool pending();
// Key presses delivered to ImGui so far (the state dump reports it, so a test driving the
// window knows when its keys have been seen).
long presses();

}  // namespace al::gui::key_latch
