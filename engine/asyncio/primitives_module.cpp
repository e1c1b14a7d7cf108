#include "engine/asyncio/primitives_module.h"

#include "engine/asyncio/asyncio_module.h"
#include "engine/asyncio/barrier.h"
#include "engine/asyncio/condition.h"
#include "engine/asyncio/event.h"
#include "engine/asyncio/lock.h"
#include "engine/asyncio/queue.h"
#include "engine/asyncio/semaphore.h"
#include "engine/asyncio/threads.h"
#include "engine/runtime/module.h"

namespace al {

namespace {

void add_primitives(Module* m) {
  prim_reset_run_state();
  init_lock_type();
  init_event_type();
  init_condition_type();
  init_semaphore_types();
  init_barrier_type();
  init_queue_types();
  module_add(m, "Lock", lock_type);
  module_add(m, "Event", event_type);
  module_add(m, "Condition", condition_type);
  module_add(m, "Semaphore", semaphore_type);
  module_add(m, "BoundedSemaphore", bounded_semaphore_type);
  module_add(m, "Barrier", barrier_type);
  module_add(m, "Queue", queue_type);
  module_add(m, "PriorityQueue", priority_queue_type);
  module_add(m, "LifoQueue", lifo_queue_type);
  module_add(m, "QueueEmpty", queue_empty_type);
  module_add(m, "QueueFull", queue_full_type);
  init_threads(m);
}

}  // namespace

void asyncio_register_primitives() {
  static bool done = false;
  if (done) return;
  done = true;
  threads_configure_pool();
  asyncio_add_extension(add_primitives);
}

}  // namespace al
