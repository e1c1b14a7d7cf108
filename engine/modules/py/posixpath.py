"""Pathname functions on POSIX (CPython: Lib/posixpath.py), the part scenarios use. The
functions that look at the disk go through os.stat, so they obey awaitlab's sandbox: a path
outside the workspace folder raises PermissionError instead of looking absent."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."

_SANDBOX = "awaitlab runs scenarios in a sandbox: "


def isabs(s):
    return s.startswith(sep)


def join(a, *p):
    path = a
    for b in p:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def basename(p):
    return p[p.rfind(sep) + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    dot = p.rfind(extsep)
    if dot <= p.rfind(sep):
        return p, ""
    # Leading dots of the file name do not start an extension (".bashrc").
    start = p.rfind(sep) + 1
    while start < dot:
        if p[start] != extsep:
            return p[:dot], p[dot:]
        start += 1
    return p, ""


def normpath(path):
    if not path:
        return curdir
    initial = 2 if path.startswith("//") and not path.startswith("///") else (
        1 if path.startswith(sep) else 0)
    comps = []
    for comp in path.split(sep):
        if comp in ("", curdir):
            continue
        if comp != pardir or (not initial and not comps) or (comps and comps[-1] == pardir):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial + sep.join(comps)
    return path or curdir


def abspath(path):
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def _mode(path):
    """st_mode of path, or None when it cannot be read; sandbox refusals propagate."""
    try:
        return _os._stat(path, True)[0]
    except PermissionError as e:
        if str(e).startswith(_SANDBOX):
            raise
        return None
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o100000


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & 0o170000 == 0o040000


def getsize(filename):
    return _os._stat(filename, True)[1]


def getmtime(filename):
    return _os._stat(filename, True)[2]
