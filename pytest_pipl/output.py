"""Write report files safely.

A report path may be a new file, an existing file, a symlink to one, or a
device or pipe such as ``/dev/stdout``.  Regular files are replaced
atomically (a temporary file renamed over the target, so a reader never sees
half a report); symlinks are followed, so the link survives; devices and
pipes are written in place.  The file gets the usual permissions (0666 minus
the umask), not the 0600 of a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile

from .errors import PiplError


def check_output_path(option: str, path: str) -> None:
    """Raise PiplError (one sentence) if ``path`` cannot take a report."""
    real = os.path.realpath(path)
    if os.path.isdir(real):
        raise PiplError(f"{option} {path}: this is a directory; give the path of the file to write")
    parent = os.path.dirname(real) or "."
    if os.path.exists(parent) and not os.path.isdir(parent):
        raise PiplError(f"{option} {path}: {parent} is not a directory")


def write_output(path: str, text: str) -> None:
    real = os.path.realpath(path)
    if os.path.exists(real) and not stat.S_ISREG(os.stat(real).st_mode):
        with open(real, "w", encoding="utf-8") as fh:  # a device or pipe: no rename
            fh.write(text)
        return
    directory = os.path.dirname(real) or "."
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".pipl-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
