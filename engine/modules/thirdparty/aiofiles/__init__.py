"""A subset of the aiofiles package (https://github.com/Tinche/aiofiles), written for awaitlab:
aiofiles.open returns a file whose methods run the blocking call in the loop's default executor
(loop.run_in_executor(None, ...)), as aiofiles does, so tasks switch at the same points. The
same file runs under CPython (the conformance oracle puts this folder on sys.path)."""

import asyncio
import builtins
import functools

__all__ = ["open"]


class AsyncFile:
    """A file opened by aiofiles.open: each method is a coroutine run in a worker thread."""

    def __init__(self, file, loop, executor):
        self._file = file
        self._loop = loop
        self._executor = executor

    def _run(self, method, *args):
        return self._loop.run_in_executor(self._executor, method, *args)

    async def read(self, *args):
        return await self._run(self._file.read, *args)

    async def readline(self, *args):
        return await self._run(self._file.readline, *args)

    async def readlines(self, *args):
        return await self._run(self._file.readlines, *args)

    async def write(self, data):
        return await self._run(self._file.write, data)

    async def writelines(self, lines):
        return await self._run(self._file.writelines, lines)

    async def seek(self, *args):
        return await self._run(self._file.seek, *args)

    async def tell(self):
        return await self._run(self._file.tell)

    async def flush(self):
        return await self._run(self._file.flush)

    async def close(self):
        return await self._run(self._file.close)

    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    @property
    def closed(self):
        return self._file.closed

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class _Opening:
    """What aiofiles.open returns: awaitable (the file) and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._file = None

    async def _get(self):
        if self._file is None:
            self._file = await self._coro
        return self._file

    def __await__(self):
        return self._get().__await__()

    async def __aenter__(self):
        return await self._get()

    async def __aexit__(self, exc_type, exc, tb):
        await self._file.close()
        self._file = None


async def _open(file, mode, buffering, encoding, errors, newline, closefd, opener, loop,
                executor):
    if loop is None:
        loop = asyncio.get_running_loop()
    call = functools.partial(builtins.open, file, mode, buffering, encoding, errors, newline,
                             closefd, opener)
    f = await loop.run_in_executor(executor, call)
    return AsyncFile(f, loop, executor)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None, loop=None, executor=None):
    return _Opening(_open(file, mode, buffering, encoding, errors, newline, closefd, opener,
                          loop, executor))
