// Sections: the table (key, English, 简体中文), grouped by the panel that shows it · the lookup.
#include "app/gui/i18n.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace al::gui {

namespace {

struct Entry {
  const char* key;
  const char* en;
  const char* zh;
};

// ---- the table ----
const Entry kTable[] = {
    // menus
    {"menu.file", "File", "文件"},
    {"menu.view", "View", "视图"},
    {"menu.run", "Run", "运行"},
    {"menu.help", "Help", "帮助"},
    {"menu.save_as", "Save as…", "另存为…"},
    {"menu.reset", "Reset to original", "恢复原始代码"},
    {"menu.screenshot", "Save screenshot", "保存截图"},
    {"menu.quit", "Quit", "退出"},
    {"menu.theme_dark", "Dark theme", "深色主题"},
    {"menu.theme_light", "Light theme", "浅色主题"},
    {"menu.language", "Language", "语言"},
    {"menu.panels", "Panels", "面板"},
    {"menu.font_bigger", "Larger text", "放大字体"},
    {"menu.font_smaller", "Smaller text", "缩小字体"},
    {"menu.shortcuts", "Keyboard shortcuts", "键盘快捷键"},
    {"menu.about", "About awaitlab", "关于 awaitlab"},
    {"lang.en", "English", "English"},
    {"lang.zh", "简体中文", "简体中文"},
    // panels
    {"panel.lessons", "Lessons", "课程"},
    {"panel.lesson_text", "Lesson", "讲解"},
    {"panel.editor", "Code", "代码"},
    {"panel.inspector", "Inspector", "检查器"},
    {"panel.timeline", "Timeline", "时间线"},
    {"tab.tasks", "Tasks", "任务"},
    {"tab.loop", "Event loop", "事件循环"},
    {"tab.primitives", "Primitives", "同步原语"},
    {"tab.console", "Console", "控制台"},
    {"tab.problems", "Problems", "问题"},
    // toolbar and playback
    {"run.rerun", "Rerun", "重新运行"},
    {"run.play", "Play", "播放"},
    {"run.pause", "Pause", "暂停"},
    {"run.start", "Start", "开头"},
    {"run.end", "End", "结尾"},
    {"run.back", "Step back", "后退一步"},
    {"run.forward", "Step forward", "前进一步"},
    {"run.prev_switch", "Previous task switch", "上一次任务切换"},
    {"run.next_switch", "Next task switch", "下一次任务切换"},
    {"run.speed", "Speed", "速度"},
    {"run.steps_per_second", "%.1f steps/s", "每秒 %.1f 步"},
    {"run.time_multiple", "%.2f× real time", "%.2f 倍实时"},
    {"run.event_of", "Event {0} / {1}", "事件 {0} / {1}"},
    {"run.no_trace", "No run yet", "尚未运行"},
    {"run.running", "Running…", "运行中…"},
    {"run.stop", "Stop", "停止"},
    {"tip.stop", "Stop the running program, whatever it is doing (Shift+F5)",
     "停止正在运行的程序，无论它在做什么（Shift+F5）"},
    {"run.real_clock", "Real clock", "真实时钟"},
    {"tip.real_clock",
     "Run on the real clock (sleep takes real time; events stream in live) instead of the virtual "
     "one",
     "使用真实时钟运行（sleep 真的等待，事件实时流入），而不是虚拟时钟"},
    {"status.running", "Running live: {0} events so far (Shift+F5 stops it)",
     "正在实时运行：已有 {0} 个事件（Shift+F5 停止）"},
    {"status.user_stopped", "Stopped by you", "已由你停止"},
    {"run.event_limit", "Stopped after {0} events: the program does not end",
     "记录 {0} 个事件后停止：程序不会结束"},
    {"axis.label", "Axis", "坐标轴"},
    {"axis.steps", "Scheduler steps", "调度步数"},
    {"axis.time", "Virtual time", "虚拟时间"},
    {"axis.real_time", "Real time", "真实时间"},
    {"timeline.fit", "Fit all", "全部显示"},
    {"timeline.arrows_all", "All wake-ups", "全部唤醒箭头"},
    // status bar
    {"status.vtime", "t = {0} s", "t = {0} 秒"},
    {"status.edited", "edited", "已修改"},
    {"status.saved", "saved", "已保存"},
    {"status.font_warning", "Font: {0}", "字体：{0}"},
    {"status.screenshot", "Screenshot saved: {0}", "截图已保存：{0}"},
    {"status.errors", "{0} problem(s)", "{0} 个问题"},
    {"run.step_of", "step {0} / {1}", "第 {0} 步 / 共 {1} 步"},
    {"tip.rerun", "Rerun the code (F5, Ctrl+Enter)", "重新运行代码（F5、Ctrl+Enter）"},
    {"tip.start", "Start (Home)", "开头（Home）"},
    {"tip.end", "End (End)", "结尾（End）"},
    {"tip.back", "Step back (←)", "后退一步（←）"},
    {"tip.forward", "Step forward (→)", "前进一步（→）"},
    {"tip.prev_switch", "Previous task switch (Shift+←, PageUp)",
     "上一次任务切换（Shift+←、PageUp）"},
    {"tip.next_switch", "Next task switch (Shift+→, PageDown)",
     "下一次任务切换（Shift+→、PageDown）"},
    {"tip.play", "Play (Space)", "播放（空格）"},
    {"tip.pause", "Pause (Space)", "暂停（空格）"},
    {"status.stale", "(code edited: press F5 to rerun)", "（代码已修改：按 F5 重新运行）"},
    {"status.synthetic",
     "Synthetic demo trace, recorded by a scripted scheduler (not the interpreter)",
     "合成的演示轨迹：由脚本化的调度器录制（不是解释器）"},
    {"status.syntax_error", "SyntaxError: fix the marked line and rerun",
     "语法错误：修正标出的行后重新运行"},
    {"status.failed", "The program failed (exit status {0}): see Problems",
     "程序失败（退出状态 {0}）：见“问题”"},
    {"status.stopped", "Stopped: deadlock or blocked loop (exit status 3): see Problems",
     "已停止：死锁或事件循环被阻塞（退出状态 3）：见“问题”"},
    {"status.ok", "Run finished", "运行完成"},
    {"status.run_ms", "rerun took {0} ms", "重新运行用时 {0} 毫秒"},
    {"status.saved_to", "Saved {0}", "已保存 {0}"},
    {"status.save_failed", "Could not save {0}", "无法保存 {0}"},
    {"status.hint", "Space play · ←/→ step · Shift+←/→ task switch · F5 rerun",
     "空格 播放 · ←/→ 单步 · Shift+←/→ 任务切换 · F5 重新运行"},
    {"lessons.demo", "Demo: a producer and two consumers", "演示：一个生产者和两个消费者"},
    {"lessons.demo_text",
     "# A producer and two consumers\n\nThe producer puts numbers into a queue that holds one "
     "item; two consumers take them out.\n\n- Step with the arrow keys and watch the ready queue "
     "in the Event loop tab.\n- When the queue is full, the producer waits on Queue.put: its lane "
     "turns into a waiting bar.\n- Each put wakes one consumer: follow the arrow from the "
     "producer's lane to the consumer's.\n\nThis trace is synthetic: a scripted scheduler recorded "
     "it to show how the window works.",
     "# "
     "一个生产者和两个消费者\n\n生产者把数字放进一个只能容纳一个元素的队列，两个消费者把它们取出来"
     "。\n\n- 用方向键单步执行，在“事件循环”标签页里观察就绪队列。\n- 队列满时，生产者在 Queue.put "
     "上等待：它的泳道变成等待条。\n- 每次 put "
     "唤醒一个消费者：沿着箭头从生产者的泳道看到消费者的泳道。\n\n这条轨迹是合成的：由脚本化的调度"
     "器录制，用来展示窗口的用法。"},
    {"dialog.save_as_path", "Save the code as a new scenario file:", "将代码另存为新的场景文件："},
    {"dialog.save", "Save", "保存"},
    {"dialog.cancel", "Cancel", "取消"},
    {"help.escape", "Leave the editor (arrows step again)", "离开编辑器（方向键重新用于单步）"},
    // task and loop states
    {"state.not_started", "not started", "未开始"},
    {"state.ready", "ready", "就绪"},
    {"state.running", "running", "运行中"},
    {"state.waiting", "waiting", "等待中"},
    {"state.done", "done", "已完成"},
    {"state.failed", "failed", "失败"},
    {"state.cancelled", "cancelled", "已取消"},
    {"loop.scheduling", "scheduling", "调度中"},
    {"loop.task", "runs a task", "运行任务"},
    {"loop.callback", "runs a callback", "运行回调"},
    {"loop.idle", "idle: waits for a timer or I/O", "空闲：等待定时器或 I/O"},
    {"loop.lane", "event loop", "事件循环"},
    {"loop.idle_short", "idle", "空闲"},
    {"timeline.folded", "{0} segments folded together: zoom in (Ctrl+wheel) to see them",
     "{0} 个片段合并显示：放大（Ctrl+滚轮）查看"},
    {"timeline.woken_by", "woken by {0}", "由 {0} 唤醒"},
    {"timeline.zoom_for_arrows", "Too many wake-ups here: zoom in (Ctrl+wheel) to see the arrows",
     "这里的唤醒太多：放大（Ctrl+滚轮）查看箭头"},
    {"timeline.woken_by_via", "woken by {0} through {1}", "由 {0} 通过 {1} 唤醒"},
    {"timeline.events", "events {0}–{1}", "事件 {0}–{1}"},
    {"timeline.times", "t = {0} s – {1} s", "t = {0} 秒 – {1} 秒"},
    {"timeline.line", "line {0}", "第 {0} 行"},
    // inspector
    {"insp.none", "none", "无"},
    {"insp.more", "(+{0} more)", "（还有 {0} 个）"},
    {"insp.task", "Task", "任务"},
    {"insp.state", "State", "状态"},
    {"insp.awaiting", "Awaiting", "正在等待"},
    {"insp.line", "Line", "行"},
    {"insp.steps", "Steps", "步数"},
    {"insp.run", "Run s", "运行 秒"},
    {"insp.ready_time", "Ready s", "就绪 秒"},
    {"insp.wait", "Wait s", "等待 秒"},
    {"insp.result", "Result", "结果"},
    {"insp.vtime", "Virtual time: {0} s", "虚拟时间：{0} 秒"},
    {"insp.loop_is", "The loop: {0}", "事件循环：{0}"},
    {"insp.loop_runs", "runs {0}", "正在运行 {0}"},
    {"insp.ready_queue", "Ready queue (the first runs next)", "就绪队列（排在最前的先运行）"},
    {"insp.ready_empty", "empty: nothing is ready to run", "空：没有可以运行的任务"},
    {"insp.callback", "callback {0}", "回调 {0}"},
    {"insp.timers", "Timers, by deadline", "定时器（按到期时间排序）"},
    {"insp.timers_empty", "no timers", "没有定时器"},
    {"insp.deadline", "Deadline s", "到期 秒"},
    {"insp.in", "In", "剩余"},
    {"insp.timer", "Timer", "定时器"},
    {"insp.owner", "Owner", "所属任务"},
    {"insp.io", "Pending I/O", "未完成的 I/O"},
    {"insp.io_empty", "none", "无"},
    {"insp.no_primitives", "No queues, locks, events or semaphores yet.",
     "还没有队列、锁、事件或信号量。"},
    {"insp.queue_size", "size {0} / maxsize {1}", "大小 {0} / 最大 {1}"},
    {"insp.items", "items", "元素"},
    {"insp.getters", "waiting getters", "等待 get 的任务"},
    {"insp.putters", "waiting putters", "等待 put 的任务"},
    {"insp.locked_by", "locked by {0}", "被 {0} 持有"},
    {"insp.locked", "locked", "已锁定"},
    {"insp.unlocked", "free", "空闲"},
    {"insp.waiters", "waiters", "等待者"},
    {"insp.event_set", "set", "已设置"},
    {"insp.event_clear", "not set", "未设置"},
    {"insp.sem_value", "value {0}", "值 {0}"},
    {"insp.sem_bound", "(bound {0})", "（上限 {0}）"},
    {"insp.barrier", "{0} of {1} parties waiting", "{1} 方中有 {0} 方在等待"},
    {"insp.value", "value {0}", "值 {0}"},
    {"insp.last_op", "last: {0} by {1} (event {2})", "最近一次：{1} 执行 {0}（事件 {2}）"},
    {"insp.console_empty", "Nothing printed yet.", "还没有输出。"},
    {"insp.printed_by", "printed by {0} at event {1}: click to jump there",
     "由 {0} 在事件 {1} 输出：点击跳转到那里"},
    {"insp.error_at", "line {0}: {1}", "第 {0} 行：{1}"},
    {"insp.no_problems", "No problems.", "没有问题。"},
    {"diag.deadlock", "deadlock", "死锁"},
    {"diag.blocked_loop", "blocked loop", "事件循环被阻塞"},
    {"diag.never_awaited", "coroutine never awaited", "协程从未被 await"},
    {"diag.never_retrieved", "exception never retrieved", "异常从未被获取"},
    {"diag.destroyed_pending", "task destroyed while pending", "任务在未完成时被销毁"},
    {"diag.uncaught", "uncaught exception", "未捕获的异常"},
    {"diag.schedule_choice", "scheduling decision", "调度选择"},
    // the engine's diagnostic sentences, reworded (diagnostic_text.cpp)
    {"diagd.waits_on", "{0} waits on {1}", "{0} 在等待 {1}"},
    {"diagd.waits_future", "{0} waits on a Future", "{0} 在等待一个 Future"},
    {"diagd.not_scheduled", "{0} is not scheduled", "{0} 没有被调度"},
    {"diagd.at_line", "{0} at line {1}", "{0}（第 {1} 行）"},
    {"diagd.because", "{0}: {1}", "{0}：{1}"},
    {"diagr.queue_get", "no task can put into this queue any more",
     "再也没有任务能向这个队列放入数据"},
    {"diagr.queue_put", "the queue is full (maxsize={0}) and no task can get from it any more",
     "队列已满（maxsize={0}），再也没有任务能从中取出数据"},
    {"diagr.queue_join_1",
     "1 item has not been marked done with task_done(), and no task can call it any more",
     "有 1 个数据项还没有用 task_done() 标记为完成，再也没有任务能调用它"},
    {"diagr.queue_join_n",
     "{0} items have not been marked done with task_done(), and no task can call it any more",
     "有 {0} 个数据项还没有用 task_done() 标记为完成，再也没有任务能调用它"},
    {"diagr.event", "no task can set this event any more", "再也没有任务能 set 这个事件"},
    {"diagr.condition", "no task can notify this condition any more",
     "再也没有任务能 notify 这个条件变量"},
    {"diagr.sem_free", "the semaphore has a free slot, but no task will run to take it",
     "信号量还有空位，但没有任务会运行来获取它"},
    {"diagr.sem_zero", "its value is 0 and no task can release it any more",
     "它的值为 0，再也没有任务能 release 它"},
    {"diagr.barrier_filling",
     "{0} of {1} parties are waiting and no other task can arrive any more",
     "{1} 方中已有 {0} 方在等待，再也没有其他任务能到达"},
    {"diagr.barrier_state", "the barrier is {0} and no task can move it on any more",
     "屏障处于 {0} 状态，再也没有任务能让它继续"},
    {"diagr.lock_free", "the lock is free, but no task will run to take it",
     "锁是空闲的，但没有任务会运行来获取它"},
    {"diagr.lock_outside", "the lock was acquired outside any task and nothing will release it",
     "锁是在任务之外获取的，没有任何代码会释放它"},
    {"diagr.lock_reentrant", "this task already holds the lock (an asyncio.Lock is not reentrant)",
     "这个任务已经持有该锁（asyncio.Lock 不可重入）"},
    {"diagr.lock_holder_done", "the lock is held by {0}, which finished without releasing it",
     "锁被 {0} 持有，而它已经结束却没有释放锁"},
    {"diagr.lock_holder_stuck", "the lock is held by {0}, which will never run again",
     "锁被 {0} 持有，而它再也不会运行"},
    {"diagr.lock_holder_waits", "the lock is held by {0}, which waits on {1}",
     "锁被 {0} 持有，而它在等待 {1}"},
    {"diagr.mutual", "the two tasks wait for each other", "这两个任务在互相等待"},
    {"diagr.self", "it waits for itself", "它在等待它自己"},
    {"diagr.other_waits", "which is waiting too and will never finish",
     "而对方也在等待，永远不会结束"},
    {"diagr.gather_1", "it finishes only when {0} is done", "只有 {0} 完成后它才会结束"},
    {"diagr.gather_n", "it finishes only when {0} are done", "只有 {0} 都完成后它才会结束"},
    {"diagr.nothing", "nothing can complete it any more", "再也没有任何代码能完成它"},
    {"diagr.future", "no task, callback or timer will ever set its result",
     "没有任何任务、回调或定时器会设置它的结果"},
    {"diagr.not_scheduled", "nothing will run it again", "再也没有任何代码会运行它"},
    {"diags.blocked_at",
     "{0} ran {1} instructions at line {2} without awaiting: this blocks the event loop",
     "{0} 在第 {2} 行执行了 {1} 条指令而没有 await：这会阻塞事件循环"},
    {"diags.blocked", "{0} ran {1} instructions without awaiting: this blocks the event loop",
     "{0} 执行了 {1} 条指令而没有 await：这会阻塞事件循环"},
    {"diags.choice", "{0} tasks were ready: {1}; chosen {2} (asyncio would pick {3})",
     "{0} 个任务就绪：{1}；你选择了 {2}（asyncio 会选 {3}）"},
    {"diags.never_retrieved", "{0} exception was never retrieved: {1}",
     "{0} 的异常从未被获取：{1}"},
    {"diags.destroyed_pending", "{0} was destroyed but it is pending!",
     "{0} 在未完成时就被销毁了！"},
    // wakers
    {"waker.timer", "timer #{0}", "定时器 #{0}"},
    {"waker.callback", "callback #{0}", "回调 #{0}"},
    {"waker.io", "I/O #{0}", "I/O #{0}"},
    {"waker.thread", "worker thread #{0}", "工作线程 #{0}"},
    {"waker.signal", "signal {0}", "信号 {0}"},
    {"waker.loop", "the event loop", "事件循环"},
    // one sentence per event
    {"ev.task_created", "{1} creates {0} at line {2}", "{1} 在第 {2} 行创建了 {0}"},
    {"ev.step_begin", "the loop runs a step of {0}", "事件循环运行 {0} 的一步"},
    {"ev.suspended", "{0} suspends at line {1}, awaiting {2}", "{0} 在第 {1} 行挂起，等待 {2}"},
    {"ev.finished", "{0} finishes at line {1}, returning {2}", "{0} 在第 {1} 行完成，返回 {2}"},
    {"ev.failed", "{0} fails at line {1}: {2}", "{0} 在第 {1} 行失败：{2}"},
    {"ev.cancelled", "{0} is cancelled at line {1}", "{0} 在第 {1} 行被取消"},
    {"ev.ready", "{0} joins the ready queue, woken by {1}", "{0} 进入就绪队列，由 {1} 唤醒"},
    {"ev.ready_via", "{0} joins the ready queue, woken by {1} through {2}",
     "{0} 进入就绪队列，由 {1} 通过 {2} 唤醒"},
    {"ev.timer_scheduled", "{0} sets a timer for {1} at t = {2}",
     "{0} 为 {1} 设置定时器，t = {2} 时触发"},
    {"ev.timer_cancelled", "the timer for {0} is cancelled", "{0} 的定时器被取消"},
    {"ev.timer_fired", "the timer for {0} fires (t = {1})", "{0} 的定时器到期（t = {1}）"},
    {"ev.callback_scheduled", "{0} schedules the callback {1}", "{0} 安排回调 {1}"},
    {"ev.callback_run", "the loop runs the callback {0}", "事件循环运行回调 {0}"},
    {"ev.prim_created", "{0} is created at line {1}", "第 {1} 行创建了 {0}"},
    {"ev.prim_op", "{0}: {1} by {2} at line {3}", "{0}：{2} 在第 {3} 行执行 {1}"},
    {"ev.io_start", "{0} starts I/O: {1}", "{0} 开始 I/O：{1}"},
    {"ev.io_done", "I/O completes: {0}", "I/O 完成：{0}"},
    {"ev.console", "{0} prints {1}", "{0} 输出 {1}"},
    {"ev.diagnostic", "problem: {0}", "问题：{0}"},
    {"ev.clock", "nothing to do: the clock jumps from {0} s to {1} s",
     "无事可做：时钟从 {0} 秒跳到 {1} 秒"},
    {"ev.idle", "nothing is ready: the loop waits for a timer or I/O",
     "没有就绪的任务：事件循环等待定时器或 I/O"},
    // lessons
    {"lessons.none", "No lessons found in {0}", "在 {0} 中没有找到课程"},
    {"lessons.file", "File", "文件"},
    {"lesson.no_text", "This lesson has no text yet.", "这一课还没有讲解文字。"},
    // shortcuts help
    {"help.keys", "Keys", "按键"},
    {"help.space", "Play / pause", "播放 / 暂停"},
    {"help.arrows", "Step back / forward", "后退 / 前进一步"},
    {"help.shift_arrows", "Previous / next task switch", "上一次 / 下一次任务切换"},
    {"help.home_end", "Start / end of the run", "运行的开头 / 结尾"},
    {"help.pages", "Previous / next task switch (presentation clickers)",
     "上一次 / 下一次任务切换（翻页笔）"},
    {"help.rerun", "Rerun the code", "重新运行代码"},
    {"help.fit", "Fit the timeline", "时间线全部显示"},
    {"help.zoom", "Zoom the timeline around the mouse", "以鼠标为中心缩放时间线"},
    {"help.pan", "Pan the timeline", "平移时间线"},
    {"help.screenshot", "Save a screenshot", "保存截图"},
    {"help.close", "Close", "关闭"},
    {"about.text", "awaitlab: watch Python asyncio schedule your tasks, step by step.",
     "awaitlab：一步一步地观察 Python asyncio 如何调度你的任务。"},
    // teaching: lesson flow, predict mode, grades, presentation, exports (app_teach.cpp)
    {"lessons.progress", "{0} opened · {1} answered · {2} lessons",
     "已打开 {0} · 已回答 {1} · 共 {2} 课"},
    {"lesson.go_step", "Go to this moment on the timeline", "在时间线上跳到这一刻"},
    {"lesson.try_variant", "Try this", "试一试"},
    {"lesson.variant_back", "Back to the original", "回到原始程序"},
    {"lesson.step_missing", "This run has no such moment: {0} {1}",
     "这次运行中没有这一刻：{0} {1}"},
    {"predict.title", "Predict first: answer, then the run is revealed",
     "先预测：回答之后再揭晓运行过程"},
    {"predict.check", "Check my answer", "检查我的答案"},
    {"predict.skip", "Skip and reveal", "跳过并揭晓"},
    {"predict.your_order", "Your order (drag or use the arrows)", "你的顺序（拖动或用箭头调整）"},
    {"predict.empty_order", "Add lines from the right with +.", "用 + 从右边添加输出行。"},
    {"predict.pool", "Lines (some are never printed)", "输出行（有些从未打印）"},
    {"predict.pool_empty", "Every line is placed.", "所有行都已放入。"},
    {"predict.pick_next", "Which task runs next?", "接下来运行哪个任务？"},
    {"predict.hidden_until_answered",
     "The answer appears here after you answer the question below the code.",
     "回答代码下方的问题后，答案会显示在这里。"},
    {"predict.hidden_panel",
     "Hidden until you answer the question: the state of the run would give it away.",
     "回答问题之前隐藏：运行状态会泄露答案。"},
    {"grade.right", "Right!", "答对了！"},
    {"grade.not_quite", "Not quite.", "不完全对。"},
    {"grade.in_place", "{0} of {1} lines in the right place", "{1} 行中有 {0} 行位置正确"},
    {"grade.real_order", "What the program printed, in order:", "程序实际打印的顺序："},
    {"grade.printed_by", "printed by {0} at {1} s, step {2}", "由 {0} 在 {1} 秒、第 {2} 步打印"},
    {"grade.the_loop", "the event loop", "事件循环"},
    {"grade.never_printed", "never printed", "从未打印"},
    {"grade.you_put", "(you put it at {0})", "（你放在第 {0} 位）"},
    {"grade.you_left_out", "(you left it out)", "（你没有放入）"},
    {"grade.you_discarded", "(you rightly left it out)", "（你正确地排除了它）"},
    {"grade.next_explain",
     "After {0} {1} at {2} s the ready queue held, in order: {3}. The loop runs the task at the "
     "front, so {4} ran next.",
     "{0} {1} 之后（{2} 秒），就绪队列依次为：{3}。事件循环先运行队首的任务，所以接下来运行的是 "
     "{4}。"},
    {"grade.you_chose", "You chose {0}.", "你选择了 {0}。"},
    {"grade.show_moment", "Show that moment", "显示那一刻"},
    {"grade.again", "Answer again", "重新回答"},
    {"menu.export_trace", "Export Chrome trace (Perfetto)", "导出 Chrome 跟踪（Perfetto）"},
    {"menu.export_text", "Export text timeline", "导出文本时间线"},
    {"menu.export_timeline_png", "Save the timeline as PNG", "将时间线保存为 PNG"},
    {"menu.export_gif", "Record a GIF of the next task switches", "录制接下来几次任务切换的 GIF"},
    {"menu.presentation", "Presentation mode", "演示模式"},
    {"menu.predict_first", "Predict before the run is shown", "先预测再显示运行过程"},
    {"help.present_scale", "Larger / smaller text (presentation mode)",
     "放大 / 缩小字体（演示模式）"},
    {"help.guided_steps", "Next / previous guided step of the lesson",
     "课程的下一个 / 上一个引导步骤"},
    {"export.done", "Saved {0}", "已保存 {0}"},
    // be the scheduler (scheduler_mode.cpp)
    {"menu.scheduler", "Be the scheduler", "由你来调度"},
    {"menu.export_schedule", "Export the schedule (JSON)", "导出调度顺序（JSON）"},
    {"menu.replay_schedule", "Replay the exported schedule", "重放导出的调度顺序"},
    {"sched.decision", "Decision {0}: {1} tasks are ready. Which one runs next?",
     "第 {0} 个选择：有 {1} 个任务就绪。下一个运行哪一个？"},
    {"sched.asyncio_pick", "(asyncio's pick)", "（asyncio 会选它）"},
    {"sched.ended", "The program ran to its end after {0} decisions.",
     "程序在 {0} 次选择之后运行结束。"},
    {"sched.undo", "Undo last choice", "撤销上一次选择"},
    {"sched.restart", "Start over", "重新开始"},
    {"sched.compare", "asyncio's order", "asyncio 的顺序"},
    {"sched.yours", "Your schedule", "你的调度"},
    {"sched.fifo", "asyncio's order (FIFO)", "asyncio 的顺序（先进先出）"},
    {"sched.choice", "{0}. ran {1} (asyncio: {2})", "{0}. 运行了 {1}（asyncio：{2}）"},
    {"sched.no_export", "No exported schedule yet", "还没有导出的调度顺序"},
    {"sched.load_failed", "Cannot load schedule {0}: {1}", "无法载入调度顺序 {0}：{1}"},
    {"sched.err_unreadable", "the file cannot be read", "无法读取该文件"},
    {"sched.err_malformed", "it is not a schedule JSON ({\"schedule\": [task names]})",
     "它不是调度顺序 JSON（{\"schedule\": [任务名]}）"},
    {"sched.no_files", "(no schedules in the exports folder)", "（导出文件夹里没有调度顺序）"},
    {"menu.load_schedule", "Load schedule", "载入调度顺序"},
    {"export.failed", "Could not write {0}", "无法写入 {0}"},
};

const std::size_t kTableSize = sizeof(kTable) / sizeof(kTable[0]);

// ---- the lookup ----

Lang g_lang = Lang::en;

struct Index {
  std::unordered_map<std::string_view, const Entry*> by_key;
  std::unordered_map<std::string_view, std::string> labels[2];
  std::vector<std::string> missing;
  std::unordered_set<std::string> missing_set;
  Index() {
    for (std::size_t i = 0; i < kTableSize; ++i) by_key.emplace(kTable[i].key, &kTable[i]);
  }
};

Index& index() {
  static Index idx;
  return idx;
}

}  // namespace

void set_language(Lang lang) {
  g_lang = lang;
}
Lang language() {
  return g_lang;
}
const char* language_code(Lang lang) {
  return lang == Lang::zh ? "zh" : "en";
}
Lang language_from_code(std::string_view code) {
  return code.starts_with("zh") ? Lang::zh : Lang::en;
}

const char* tr(const char* key) {
  Index& idx = index();
  auto it = idx.by_key.find(key);
  if (it == idx.by_key.end()) {
    if (idx.missing_set.insert(key).second) idx.missing.emplace_back(key);
    return key;
  }
  return g_lang == Lang::zh ? it->second->zh : it->second->en;
}

const char* trl(const char* key) {
  auto& labels = index().labels[g_lang == Lang::zh ? 1 : 0];
  auto it = labels.find(key);
  if (it == labels.end()) {
    // The key is a string literal or a table key: it outlives the cache.
    it = labels.emplace(key, std::string(tr(key)) + "###" + key).first;
  }
  return it->second.c_str();
}

std::string trf(const char* key, std::initializer_list<std::string_view> args) {
  std::string text = tr(key);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 2] == '}' && text[i + 1] >= '0' &&
        text[i + 1] <= '9') {
      std::size_t n = static_cast<std::size_t>(text[i + 1] - '0');
      if (n < args.size()) out += *(args.begin() + n);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

const std::vector<std::string>& missing_keys() {
  return index().missing;
}

std::vector<std::string> incomplete_keys() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < kTableSize; ++i)
    if (!*kTable[i].en || !*kTable[i].zh) out.emplace_back(kTable[i].key);
  return out;
}

std::string all_text() {
  std::string out;
  for (std::size_t i = 0; i < kTableSize; ++i) {
    out += kTable[i].en;
    out += kTable[i].zh;
  }
  return out;
}

}  // namespace al::gui
