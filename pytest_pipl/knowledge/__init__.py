"""What pytest-pipl knows, as versioned data files plus small loaders.

The data lives in ``knowledge/data/*.json`` (one file per catalogue, each
checked by a schema test); this package only loads and indexes it.  Loaders
are cached: the files are read once per process.  :func:`knowledge_version`
is a digest of all data files, used in cache keys and reports so that a
changed catalogue never reuses stale results.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

DATA_PACKAGE = "pytest_pipl.knowledge.data"


@cache
def load_json(name: str) -> Any:
    """Parse one bundled data file (``name`` like ``"sdks.json"``)."""
    return json.loads(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def knowledge_version() -> str:
    """A short digest of every bundled data file: changes whenever any of them does."""
    digest = hashlib.sha256()
    for entry in sorted(resources.files(DATA_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


# Chinese-ROM permissions that behave like runtime (dangerous) permissions.
# TAF-108 (T/TAF 108-2022) introduced the installed-app-list permission.
_VENDOR_RUNTIME_PERMISSIONS = {"com.android.permission.GET_INSTALLED_APPS"}


@cache
def _aosp_permissions() -> dict[str, dict[str, Any]]:
    return load_json("permissions_aosp.json")["permissions"]


def permission_protection(name: str) -> str:
    """``dangerous``, ``special``, ``normal``, ``signature`` or ``custom`` for a permission name."""
    if name in _VENDOR_RUNTIME_PERMISSIONS:
        return "dangerous"
    info = _aosp_permissions().get(name)
    return info["protection"] if info else "custom"
