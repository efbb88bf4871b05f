"""Build an :class:`App` from a file: container → manifest → DEX → code index.

:func:`load_app` is the public entry point.  The raw model (manifest, file
list, code index) is cached on disk per file content; SDK and packer
detection run on every load because they depend on the catalogue, which
plugins can extend at run time, and they take milliseconds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import AppLoadError
from ..gcpause import gc_paused
from ..knowledge.sdks import Sdk, builtin_sdks
from . import cache, dex_reader
from .code import CodeIndex, build_code_index
from .dex import DexFile
from .mapping import Mapping, apply_mapping, read_mapping
from .model import (
    App,
    ApplicationInfo,
    Component,
    IntentFilter,
    Manifest,
    NetworkSecurityConfig,
    Permission,
)
from .packers import detect_packer
from .sdks import detect_sdks

# progress(app_path, message, done, total): called while a cold load reads DEX files.
Progress = Callable[[str, str, int, int], None]


def file_sha256(path: str) -> tuple[str, int]:
    """SHA-256 hex digest and size of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def load_app(
    path: str | os.PathLike[str],
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    sdks: Sequence[Sdk] | None = None,
    progress: Progress | None = None,
    mapping: str | os.PathLike[str] | Mapping | None = None,
) -> App:
    """Load an APK into an :class:`App` model.

    ``cache_dir``: where to keep the parsed model between runs (None: no cache).
    ``sdks``: the SDK catalogue to detect (default: the built-in one).
    ``mapping``: the build's R8/ProGuard ``mapping.txt`` (or a parsed :class:`Mapping`),
    to see original class and method names in an obfuscated build.
    Raises :class:`~pytest_pipl.errors.AppLoadError` for an unreadable app and
    :class:`~pytest_pipl.app.mapping.MappingError` for an unreadable mapping.
    """
    with gc_paused():
        return _load_app(path, cache_dir, sdks, progress, mapping)


def _load_app(
    path: str | os.PathLike[str],
    cache_dir: str | os.PathLike[str] | None,
    sdks: Sequence[Sdk] | None,
    progress: Progress | None,
    mapping: str | os.PathLike[str] | Mapping | None,
) -> App:
    if mapping is not None and not isinstance(mapping, Mapping):
        mapping = read_mapping(mapping)
    path = os.fspath(path)
    if not os.path.isfile(path):
        from .container import check_file

        check_file(path)  # raises the precise error (missing, directory, …)
    sha256, size = file_sha256(path)
    state = cache.read_entry(Path(cache_dir), sha256) if cache_dir is not None else None
    if state is not None:
        try:
            app = _app_from_state(state, path)
        except (KeyError, TypeError, ValueError):
            app = None
        if app is not None:
            app.loaded_from_cache = True
            return _finish(app, sdks, mapping)
    app = _read_app(path, sha256, size, progress)
    if cache_dir is not None:
        cache.write_entry(Path(cache_dir), sha256, _app_to_state(app))
    return _finish(app, sdks, mapping)


def _finish(app: App, sdks: Sequence[Sdk] | None, mapping: Mapping | None) -> App:
    if mapping is not None:
        app.code = apply_mapping(app.code, mapping)
        app.mapping = mapping.path
    catalogue = builtin_sdks() if sdks is None else sdks
    app.sdks = detect_sdks(app, catalogue)
    app.packer = detect_packer(app)
    return app


def _read_app(path: str, sha256: str, size: int, progress: Progress | None) -> App:
    from .container import Container, check_file

    check_file(path)
    # Start parsing big multi-DEX apps on other cores first; the manifest is
    # read (and androguard imported) here meanwhile.
    pending = dex_reader.start_parallel(path)
    container = Container(path)
    names = container.dex_names
    if pending is not None and pending.names == names:
        outcomes = pending.results(lambda done: progress and progress(path, "reading DEX", done, len(names)))
    else:
        if pending is not None:
            pending.cancel()
        outcomes = []
        for number, name in enumerate(names, 1):
            if progress is not None:
                progress(path, f"reading {name}", number - 1, len(names))
            outcomes.append(dex_reader.parse_entry(name, lambda n=name: container.read(n)))
    dex_files = [o for o in outcomes if isinstance(o, DexFile)]
    errors = [o for o in outcomes if isinstance(o, str)] + _numbering_gaps(names)
    if progress is not None:
        progress(path, "indexing code", len(names), len(names))
    code = build_code_index(dex_files)
    return App(
        path=path,
        sha256=sha256,
        size=size,
        manifest=container.manifest,
        files=container.files,
        dex_files=tuple(d.name for d in dex_files),
        code=code,
        dex_errors=tuple(errors),
    )


def _numbering_gaps(names: Sequence[str]) -> list[str]:
    """Android loads classes.dex, classes2.dex, … and stops at the first missing number, so a
    gap means the build is incomplete (or its code is hidden) and code checks cannot trust it."""
    numbers = sorted(int(n[7:-4] or 1) for n in names)
    problems = []
    for expected, number in enumerate(numbers, 1):
        if number != expected:
            missing = "classes.dex" if expected == 1 else f"classes{expected}.dex"
            problems.append(f"{missing} is missing although {names[-1]} exists, so Android would not load the rest")
            break
    return problems


# -- cache state -------------------------------------------------------------------


def _app_to_state(app: App) -> dict[str, Any]:
    return {
        "sha256": app.sha256,
        "size": app.size,
        "manifest": dataclasses.asdict(app.manifest),
        "files": app.files,
        "dex_files": app.dex_files,
        "dex_errors": app.dex_errors,
        "code": app.code.to_state(),
    }


def _app_from_state(state: dict[str, Any], path: str) -> App:
    m = dict(state["manifest"])
    m["permissions"] = tuple(Permission(**p) for p in m["permissions"])
    m["application"] = ApplicationInfo(**m["application"])
    m["components"] = tuple(
        Component(**{**c, "intent_filters": tuple(IntentFilter(**f) for f in c["intent_filters"])})
        for c in m["components"]
    )
    m["meta_data"] = tuple(tuple(kv) for kv in m["meta_data"])
    if m["network_security_config"] is not None:
        m["network_security_config"] = NetworkSecurityConfig(**m["network_security_config"])
    return App(
        path=path,
        sha256=state["sha256"],
        size=state["size"],
        manifest=Manifest(**m),
        files=tuple(state["files"]),
        dex_files=tuple(state["dex_files"]),
        code=CodeIndex.from_state(state["code"]),
        dex_errors=tuple(state["dex_errors"]),
    )


__all__ = ["load_app", "AppLoadError", "file_sha256"]
