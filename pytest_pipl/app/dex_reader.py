"""Parse an app's DEX files, on several cores when the app is large.

DEX parsing is CPU-bound Python, so threads do not help; forked worker
processes do.  Each worker opens the APK with :mod:`zipfile` itself, parses
one DEX and sends back the compact :class:`~.dex.DexFile`.  Small apps, single-DEX
apps, platforms without ``fork`` and ZIP files that :mod:`zipfile` cannot read
(tampered archives) use the plain sequential path.
"""

from __future__ import annotations

import multiprocessing
import os
import zipfile
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from .container import DEX_NAME
from .dex import DexFile, DexFormatError, read_dex

# Below this much DEX the cost of starting workers outweighs the gain.
PARALLEL_MIN_BYTES = 4 << 20


def parse_entry(name: str, read: Callable[[], bytes]) -> DexFile | str:
    """Parse one DEX; a string is the one-line reason it could not be read."""
    try:
        return read_dex(read(), name)
    except DexFormatError as exc:
        return str(exc)
    except Exception as exc:  # an entry that cannot be inflated, etc.
        return f"{name} could not be read ({type(exc).__name__}: {exc})"


def _parse_in_worker(path: str, name: str) -> DexFile | str:
    with zipfile.ZipFile(path) as zf:
        return parse_entry(name, lambda: zf.read(name))


class ParallelParse:
    """DEX files being parsed by worker processes."""

    def __init__(self, path: str, names: tuple[str, ...], workers: int) -> None:
        self.names = names
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        self._futures: dict[Future[DexFile | str], int] = {
            self._pool.submit(_parse_in_worker, path, name): i for i, name in enumerate(names)
        }

    def results(self, on_done: Callable[[int], object] | None = None) -> list[DexFile | str]:
        """Every DEX's outcome, in load order; ``on_done(n)`` after each one finishes."""
        outcomes: list[DexFile | str] = [""] * len(self.names)
        try:
            for done, future in enumerate(as_completed(self._futures), 1):
                index = self._futures[future]
                try:
                    outcomes[index] = future.result()
                except Exception as exc:  # a worker died (out of memory, killed)
                    outcomes[index] = f"{self.names[index]} could not be read ({type(exc).__name__}: {exc})"
                if on_done is not None:
                    on_done(done)
        finally:
            self._pool.shutdown(wait=True)
        return outcomes

    def cancel(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def start_parallel(path: str) -> ParallelParse | None:
    """Start parsing ``path``'s DEX files in workers, or return None to parse sequentially."""
    cpus = os.cpu_count() or 1
    if cpus < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {i.filename: i for i in zf.infolist() if DEX_NAME.match(i.filename)}
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if len(infos) < 2 or sum(i.file_size for i in infos.values()) < PARALLEL_MIN_BYTES:
        return None
    names = tuple(sorted(infos, key=lambda n: int(DEX_NAME.match(n).group(1) or 1)))  # type: ignore[union-attr]
    return ParallelParse(path, names, min(cpus, len(names)))
