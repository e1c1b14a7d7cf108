"""Tests of the oracle itself: virtual time, CPython's timer order, and tracebacks that are
those of a plain `python3 script.py` run. Run with CPython 3.11:

    cd tests/conformance && python3 -m unittest -v test_oracle
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

sys.dont_write_bytecode = True
import harness  # noqa: E402
import regen  # noqa: E402

ORACLE = os.path.join(harness.ROOT, "oracle.py")


class OracleTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="oracle-test-")
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def script(self, source, name="script.py", raw=None):
        with open(os.path.join(self.dir, name), "wb") as f:
            f.write(raw if raw is not None else textwrap.dedent(source).encode())
        return name

    def oracle(self, name):
        out, err, status = harness.run_program([sys.executable, ORACLE, name], self.dir,
                                               regen.oracle_env(), 30)
        return out.decode(), harness.normalize_stderr(err, self.dir).decode(), status

    def plain(self, name):
        """What `python3 name.py` prints, from the script's folder."""
        out, err, status = harness.run_program([sys.executable, name], self.dir,
                                               regen.oracle_env(), 30)
        return out.decode(), harness.normalize_stderr(err, self.dir).decode(), status

    def assert_same_as_plain(self, name):
        self.assertEqual(self.oracle(name), self.plain(name))

    # --- virtual time --------------------------------------------------------------------

    def test_sleep_takes_no_real_time(self):
        name = self.script("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.sleep(1.5)
                print(loop.time())
                await asyncio.sleep(3600)
                print(loop.time())
            asyncio.run(main())
        """)
        start = time.monotonic()
        out, err, status = self.oracle(name)
        self.assertLess(time.monotonic() - start, 1.5)
        self.assertEqual((out, err, status), ("1.5\n3601.5\n", "", 0))

    def test_equal_deadlines_fire_in_heapq_order(self):
        name = self.script("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                fired = []
                when = loop.time() + 1
                for i in range(12):
                    loop.call_at(when, fired.append, i)
                await asyncio.sleep(2)
                print(fired)
            asyncio.run(main())
        """)
        self.assertEqual(self.oracle(name), ("[0, 2, 6, 5, 11, 10, 9, 8, 7, 1, 3, 4]\n", "", 0))

    def test_time_module_and_datetime_read_the_clock(self):
        name = self.script("""
            import time, datetime
            print(time.time(), time.monotonic(), time.perf_counter())
            time.sleep(2.25)
            print(time.time_ns(), time.monotonic_ns(), time.perf_counter_ns())
            print(datetime.datetime.now())
            print(repr(datetime.datetime.now()), datetime.datetime.now().strftime("%H:%M:%S"))
            print(time.strftime("%Y-%m-%d %H:%M:%S"), time.localtime().tm_sec)
        """)
        self.assertEqual(self.oracle(name), (
            "1767225600.0 0.0 0.0\n"
            "1767225602250000000 2250000000 2250000000\n"
            "2026-01-01 00:00:02.250000\n"
            "datetime.datetime(2026, 1, 1, 0, 0, 2, 250000) 00:00:02\n"
            "2026-01-01 00:00:02 2\n", "", 0))

    def test_worker_sleep_interleaves_with_timers(self):
        name = self.script("""
            import asyncio, time
            def blocking():
                time.sleep(1)
                return "thread done"
            async def ticker():
                await asyncio.sleep(0.5)
                print("tick", asyncio.get_running_loop().time())
            async def main():
                t = asyncio.create_task(ticker())
                print(await asyncio.to_thread(blocking), asyncio.get_running_loop().time())
                await t
            asyncio.run(main())
        """)
        self.assertEqual(self.oracle(name), ("tick 0.5\nthread done 1.0\n", "", 0))

    def test_deadlock_exits_3(self):
        name = self.script("""
            import asyncio
            async def main():
                print("waiting")
                await asyncio.Event().wait()
            asyncio.run(main())
        """)
        out, err, status = self.oracle(name)
        self.assertEqual((out, status), ("waiting\n", 3))
        self.assertTrue(err.startswith("awaitlab-oracle: deadlock:"), err)

    # --- same output as a plain python3 run -----------------------------------------------

    def test_traceback_matches_plain_python(self):
        name = self.script("""
            import asyncio
            def parse(text):
                return int(text)
            async def load(text):
                await asyncio.sleep(0.1)
                try:
                    return parse(text)
                except ValueError as e:
                    raise RuntimeError("bad input") from e
            async def main():
                values = await asyncio.gather(load("1"), load("x"))
                print(values)
            print("start")
            result = asyncio.run(main())
        """)
        out, err, status = self.oracle(name)
        self.assertEqual((out, err, status), self.plain(name))
        self.assertIn('  File "script.py", line 15, in <module>\n', err)
        self.assertNotIn("runners.py", err)
        self.assertTrue(err.endswith("RuntimeError: bad input\n"), err)

    def test_exception_group_matches_plain_python(self):
        name = self.script("""
            import asyncio
            async def bad(n):
                await asyncio.sleep(n / 10)
                raise ValueError(f"bad {n}")
            async def main():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(bad(1))
                    tg.create_task(bad(2))
            asyncio.run(main())
        """)
        self.assert_same_as_plain(name)

    def test_syntax_errors_match_plain_python(self):
        self.assert_same_as_plain(self.script("x = (1,\n  2\n"))
        self.assert_same_as_plain(self.script("async def f():\n    pass\nawait f()\n", "aw.py"))
        self.assert_same_as_plain(self.script(None, "latin.py", raw=b"print('caf\xe9')\n"))

    def test_system_exit_matches_plain_python(self):
        self.assert_same_as_plain(self.script("import sys\nprint('a')\nsys.exit(4)\n"))
        self.assert_same_as_plain(self.script("import sys\nsys.exit('bye')\n", "msg.py"))

    def test_unawaited_coroutines_match_plain_python(self):
        self.assert_same_as_plain(self.script("""
            async def work():
                return 1
            def start():
                work()
            start()
            pending = work()
            print("end")
        """))

    def test_recursion_depth_matches_plain_python(self):
        # The oracle's own frames must not make RecursionError come earlier.
        self.assert_same_as_plain(self.script("""
            import sys
            def depth(n=1):
                try:
                    return depth(n + 1)
                except RecursionError:
                    return n
            print(depth(), sys.getrecursionlimit())
            def forever(n):
                return forever(n + 1)
            forever(0)
        """))

    def test_string_set_order_matches_plain_python(self):
        self.assert_same_as_plain(self.script("""
            print({"apple", "banana", "cherry", "date", "elderberry"})
            print(hash("awaitlab"))
        """))

    # --- normalisation ---------------------------------------------------------------------

    def test_normalisation_drops_stdlib_frames_only(self):
        raw = (
            '  | Traceback (most recent call last):\n'
            '  |   File "/tmp/x/s.py", line 3, in <module>\n'
            '  |     asyncio.run(main())\n'
            '  |   File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run\n'
            '  |     return runner.run(main)\n'
            '  |            ^^^^^^^^^^^^^^^^\n'
            '  |   File "<frozen posixpath>", line 76, in join\n'
            '  | TypeError: boom\n'
        )
        self.assertEqual(harness.normalize_stderr(raw.encode(), "/tmp/x").decode(), (
            '  | Traceback (most recent call last):\n'
            '  |   File "s.py", line 3, in <module>\n'
            '  |     asyncio.run(main())\n'
            '  | TypeError: boom\n'))


if __name__ == "__main__":
    unittest.main()
