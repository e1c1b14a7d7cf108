"""OS routines for scenarios (CPython: Lib/os.py), inside awaitlab's sandbox: the files of the
workspace folder, the process's own id and signals. Calls that would start processes raise
PermissionError; relative paths start at the workspace folder (os.getcwd())."""

import sys

import posixpath as path
from _os import *
from _os import _stat

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
devnull = "/dev/null"


def getenv(key, default=None):
    return environ.get(key, default)


class stat_result:
    """The fields of os.stat_result that scenarios read."""

    def __init__(self, st_mode, st_size, st_mtime):
        self.st_mode = st_mode
        self.st_size = st_size
        self.st_mtime = st_mtime

    def __repr__(self):
        return (f"os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, "
                f"st_mtime={int(self.st_mtime)})")


def stat(path, *, follow_symlinks=True):
    return stat_result(*_stat(path, follow_symlinks))


def lstat(path):
    return stat_result(*_stat(path, False))


# CPython: Lib/os.py makedirs.
def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


# CPython: Lib/os.py _fspath.
def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        return type(path).__fspath__(path)
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__) from None
