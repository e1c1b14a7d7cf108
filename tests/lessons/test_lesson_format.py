"""Tests of the lesson checks themselves: Markdown parsing, markers, prediction blocks and the
schedule built from a probe log. Run from this folder:

    python3 -m unittest -v test_lesson_format
"""

import json
import os
import sys
import tempfile
import textwrap
import unittest

sys.dont_write_bytecode = True
import lesson_format as fmt  # noqa: E402
import schedule  # noqa: E402
import validate  # noqa: E402

LESSON = textwrap.dedent("""\
    # Title

    ## The idea

    Text.

    ## Watch it on the timeline

    1. <!-- step: task=a event=run n=2 panel=tasks --> First.
    2. <!-- step: task=b event=end --> Second.

    ## Try this

    1. <!-- variant: 1 --> One.
    2. <!-- variant: 2 --> Two.

    ## Predict

    ```predict
    {"kind": "next", "after": {"task": "a", "event": "suspend", "n": 1},
     "choices": ["a", "b"], "answer": "b"}
    ```

    Because.
    """)


class ParseLessonText(unittest.TestCase):
    def test_sections_steps_variants_and_predict(self):
        doc, problems = fmt.parse_lesson_text(LESSON, "en")
        self.assertEqual(problems, [])
        self.assertEqual(doc["title"], "Title")
        self.assertEqual(doc["sections"], ["idea", "watch", "try", "predict"])
        self.assertEqual(doc["steps"], [{"task": "a", "event": "run", "n": 2, "panel": "tasks"},
                                        {"task": "b", "event": "end", "n": 1}])
        self.assertEqual(doc["variants"], [1, 2])
        predict, problems = fmt.parse_predict(doc["predict"][0])
        self.assertEqual(problems, [])
        self.assertEqual(predict["answer"], "b")

    def test_missing_and_misordered_sections(self):
        text = LESSON.replace("## The idea", "## Idea")
        _, problems = fmt.parse_lesson_text(text, "en")
        self.assertIn("en.md: unknown section heading 'Idea'", problems)
        self.assertIn("en.md: missing section(s) 'The idea'", problems)
        moved = LESSON.replace("## Try this", "## Tmp").replace("## Predict", "## Try this")
        moved = moved.replace("## Tmp", "## Predict")
        _, problems = fmt.parse_lesson_text(moved, "en")
        self.assertTrue(any("out of order" in p for p in problems), problems)

    def test_chinese_headings(self):
        text = (LESSON.replace("The idea", "要点").replace("Watch it on the timeline", "在时间线上观察")
                .replace("Try this", "动手试试").replace("Predict", "预测"))
        doc, problems = fmt.parse_lesson_text(text, "zh")
        self.assertEqual(problems, [])
        self.assertEqual(doc["sections"], ["idea", "watch", "try", "predict"])

    def test_marker_in_the_wrong_section(self):
        text = LESSON.replace("Text.", "<!-- variant: 3 --> Text.")
        _, problems = fmt.parse_lesson_text(text, "en")
        self.assertIn("en.md: a variant marker outside the 'try this' section", problems)


class Markers(unittest.TestCase):
    def test_bad_step_markers(self):
        self.assertEqual(fmt.parse_step("task=a event=wake n=3")[1], [])
        self.assertIn("step marker: event must be one of create|run|suspend|wake|end",
                      fmt.parse_step("task=a event=sleep")[1])
        self.assertIn("step marker: n must be a positive integer", fmt.parse_step("task=a event=run n=0")[1])
        self.assertIn("step marker without task=", fmt.parse_step("event=run")[1])
        self.assertIn("step marker: unknown key(s) colour", fmt.parse_step("task=a event=run colour=red")[1])

    def test_bad_predict_blocks(self):
        self.assertEqual(fmt.parse_predict("{")[0], None)
        _, problems = fmt.parse_predict('{"kind": "order", "lines": ["x"]}')
        self.assertIn("predict order: 'lines' must list at least two output lines", problems)
        _, problems = fmt.parse_predict('{"kind": "order", "lines": ["x", "y"], "distractors": ["y"]}')
        self.assertIn("predict order: a line is both an answer and a distractor", problems)
        _, problems = fmt.parse_predict(json.dumps({"kind": "next", "after": {"task": "a", "event": "end"},
                                                    "choices": ["a", "b"], "answer": "c"}))
        self.assertIn("predict next: 'answer' must be one of 'choices'", problems)


class Schedules(unittest.TestCase):
    def probe_log(self, records):
        f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
        with f:
            for r in records:
                f.write(json.dumps(r) + "\n")
        self.addCleanup(os.remove, f.name)
        return f.name

    def test_probe_log_names_tasks_by_their_last_name(self):
        path = self.probe_log([
            {"e": "ready", "tid": 1, "task": "Task-1"},
            {"e": "run", "tid": 1, "task": "Task-1", "n": 1},
            {"e": "ready", "tid": 2, "task": "Task-2"},          # renamed after scheduling
            {"e": "suspend", "tid": 1, "task": "Task-1", "n": 1},
            {"e": "run", "tid": 2, "task": "worker", "n": 1},
            {"e": "out", "tid": 2, "task": "worker", "text": "hi"},
            {"e": "ready", "tid": 1, "task": "Task-1"},
            {"e": "end", "tid": 2, "task": "worker", "n": 1, "how": "done"},
            {"e": "run", "tid": 1, "task": "Task-1", "n": 2},
        ])
        s = schedule.from_probe_log(path)
        self.assertEqual(s.tasks(), {"Task-1", "worker"})
        self.assertIsNotNone(s.find("worker", "create"))
        self.assertEqual(s.next_run_after(s.find("Task-1", "suspend", 1)), "worker")
        self.assertEqual(s.next_run_after(s.find("worker", "end")), "Task-1")
        self.assertIsNotNone(s.find("Task-1", "wake", 1))
        self.assertIsNone(s.find("Task-1", "wake", 2))
        self.assertEqual(schedule.probe_output_lines(path), [("worker", "hi")])

    def test_prediction_checks(self):
        s = schedule.Schedule([(0, "run", "a", 1), (1, "suspend", "a", 1), (2, "run", "b", 1)])
        good = {"kind": "next", "after": {"task": "a", "event": "suspend", "n": 1},
                "choices": ["a", "b"], "answer": "b"}
        self.assertEqual(validate.check_prediction(good, [], s, "x"), [])
        wrong = dict(good, answer="a")
        self.assertEqual(validate.check_prediction(wrong, [], s, "x"),
                         ["x: after a suspend #1 the next task to run is 'b', not 'a'"])
        order = {"kind": "order", "lines": ["2", "1"], "distractors": ["3"]}
        self.assertEqual(validate.check_prediction(order, ["1", "2", "3"], s, "x"),
                         ["x: the predict lines are not in output order",
                          "x: distractor '3' is in the output"])

    def test_steps_must_happen_in_time_order(self):
        s = schedule.Schedule([(0, "run", "a", 1), (1, "suspend", "a", 1), (2, "run", "b", 1)])
        steps = [{"task": "b", "event": "run", "n": 1}, {"task": "a", "event": "suspend", "n": 1},
                 {"task": "c", "event": "end", "n": 1}]
        self.assertEqual(validate.check_steps(steps, s, "x"),
                         ["x: guided step a suspend #1 comes before the previous step",
                          "x: guided step c end #1 does not happen"])


if __name__ == "__main__":
    unittest.main()
