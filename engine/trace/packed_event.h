// How the recorder stores an Event: 32 bytes instead of the 64 of the reader's view (event.h).
//
// Recording cost is mostly memory: a sleep(0) switch writes three events, and on this project's
// machines the first touch of each fresh page costs more than the instructions that fill it. So
// the fields that rarely change move out of the per-event record:
//   - vtime and wall_ns change only at clock readings and step boundaries: the recorder keeps
//     one ClockRun per change, found by binary search (a sequential reader hits its cached run);
//   - num and extra are set by few kinds (timers, clock jumps): they go to a side array, and
//     PackedEvent::extra indexes it (kNone: num 0, extra kNone);
//   - a PrimitiveOp keeps its state record's offset in `extra` and its value in the waker_id it
//     has no use for: as an int32 when the value is one, else an index into the side array (its
//     waker_kind bits say which);
//   - index is the position itself;
//   - col, kind, obj_kind, waker_kind and detail share one word.
#pragma once

#include <cstdint>

#include "engine/trace/event.h"

namespace al::trace {

struct PackedEvent {
  TaskId task;
  uint32_t line;
  uint32_t obj_id;
  StrId obj_label;
  uint32_t waker_id;
  StrId text;
  uint32_t extra;  // index into the recorder's ExtraFields, or kNone
  uint32_t bits;   // col:16, kind:5, obj_kind:4, waker_kind:3, detail:4
};
static_assert(sizeof(PackedEvent) == 32, "a recorded event is half a cache line");

// The clock reading shared by the events from `first` up to the next run's first.
struct ClockRun {
  uint32_t first;
  double vtime;
  int64_t wall_ns;
};

// num and extra of the events that set them.
struct ExtraFields {
  double num;
  uint32_t extra;
};

namespace packed {
inline constexpr unsigned kKindShift = 16, kObjShift = 21, kWakerShift = 25, kDetailShift = 28;
// Where a PrimitiveOp's value is (its waker_kind bits).
inline constexpr uint8_t kOpValueInline = 0, kOpValueInExtras = 1;
static_assert(static_cast<unsigned>(EventKind::kCount) <= 32);
static_assert(static_cast<unsigned>(ObjKind::kCount) <= 16);
static_assert(static_cast<unsigned>(WakerKind::kCount) <= 8);
static_assert(static_cast<unsigned>(DiagKind::kCount) <= 16);

// col is saturated at 65535, as Event::col.
inline uint32_t bits(EventKind kind, uint32_t col, ObjKind obj, WakerKind waker, uint8_t detail) {
  return (col < 0xffff ? col : 0xffff) | uint32_t(kind) << kKindShift | uint32_t(obj) << kObjShift |
         uint32_t(waker) << kWakerShift | uint32_t(detail) << kDetailShift;
}

inline uint32_t bits_of(const Event& e) {
  return bits(e.kind, e.col, e.obj_kind, e.waker_kind, e.detail);
}

// Fills every field of `e` that the packed record holds (not vtime, wall_ns, num, extra, index).
inline void unpack_into(const PackedEvent& p, Event& e) {
  e.task = p.task;
  e.line = p.line;
  e.obj_id = p.obj_id;
  e.obj_label = p.obj_label;
  e.waker_id = p.waker_id;
  e.text = p.text;
  e.col = static_cast<uint16_t>(p.bits & 0xffff);
  e.kind = static_cast<EventKind>((p.bits >> kKindShift) & 31);
  e.obj_kind = static_cast<ObjKind>((p.bits >> kObjShift) & 15);
  e.waker_kind = static_cast<WakerKind>((p.bits >> kWakerShift) & 7);
  e.detail = static_cast<uint8_t>(p.bits >> kDetailShift);
}
}  // namespace packed

}  // namespace al::trace
