"""Pause Python's cyclic garbage collector while building large, acyclic structures.

Loading an app creates a few hundred thousand small tuples, lists and dicts
that live as long as the model; every automatic collection pass walks them
again, which costs about a fifth of a cold load.  None of them form cycles
(reference counting frees them), so collection is paused around the builds
and restored to its previous state afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
