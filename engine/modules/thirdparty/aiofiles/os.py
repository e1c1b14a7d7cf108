"""aiofiles.os: os functions run in the loop's default executor, as aiofiles does (a subset)."""

import asyncio
import functools
import os

__all__ = ["listdir", "remove", "unlink", "mkdir", "rmdir", "rename", "replace", "stat"]


def _wrap(func):
    @functools.wraps(func)
    async def run(*args, loop=None, executor=None, **kwargs):
        if loop is None:
            loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, functools.partial(func, *args, **kwargs))

    return run


listdir = _wrap(os.listdir)
remove = _wrap(os.remove)
unlink = _wrap(os.unlink)
mkdir = _wrap(os.mkdir)
rmdir = _wrap(os.rmdir)
rename = _wrap(os.rename)
replace = _wrap(os.replace)
stat = _wrap(os.stat)
