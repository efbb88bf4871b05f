"""On-disk cache of the expensive part of an App model.

Entries are keyed by the APK's SHA-256 plus a digest of the tool version,
the model format and the knowledge version, so a rebuilt app, an upgraded
pytest-pipl or a changed catalogue never reads a stale entry.  The payload is
:mod:`marshal` of builtin types only (no pickle: a cache file cannot run code
when read).  Writes go to a temporary file that is atomically renamed, so
parallel pytest-xdist workers can share one cache directory; an unreadable or
mismatched entry is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__
from ..knowledge import knowledge_version

MODEL_FORMAT = 1
MAGIC = "pytest-pipl app cache"


def cache_key(sha256: str) -> str:
    salt = f"{__version__}/{MODEL_FORMAT}/{knowledge_version()}".encode()
    return f"{sha256}-{hashlib.sha256(salt).hexdigest()[:10]}"


def entry_path(cache_dir: Path, sha256: str) -> Path:
    return cache_dir / f"{cache_key(sha256)}.app"


def read_entry(cache_dir: Path, sha256: str) -> dict[str, Any] | None:
    """The cached state for ``sha256``, or None if absent, corrupt or stale."""
    path = entry_path(cache_dir, sha256)
    try:
        with open(path, "rb") as fh:
            payload = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(payload, dict) or payload.get("magic") != MAGIC or payload.get("key") != cache_key(sha256):
        return None
    state = payload.get("state")
    return state if isinstance(state, dict) else None


def write_entry(cache_dir: Path, sha256: str, state: dict[str, Any]) -> None:
    """Store ``state`` atomically; failures (read-only dir, full disk) are ignored."""
    payload = {"magic": MAGIC, "key": cache_key(sha256), "state": state}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-", suffix=".app")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(payload, fh)
            os.replace(tmp, entry_path(cache_dir, sha256))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass
