# Runs a benchmark script under uvloop: installs uvloop's event-loop policy (so asyncio.run uses
# a uvloop loop), then runs the script as __main__ with the remaining arguments.
import runpy
import sys

import uvloop

uvloop.install()
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
