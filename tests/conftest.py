"""Test-wide settings and the ``here`` fixture; fixture-app helpers live in tests/helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import apk

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide, colourless output so pytester output matching is stable."""
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("PY_COLORS", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def here(pytester: pytest.Pytester):
    """Copy fixture APKs into the pytester directory; returns their local names.

    Local copies keep the rootdir inside the pytester directory, so node IDs
    read ``clean_app.apk::PIPL-…`` as a user's would.
    """

    def copy(name: str) -> str:
        target = pytester.path / (name.split("/")[-1] + ".apk")
        target.write_bytes(Path(apk(name)).read_bytes())
        return target.name

    return copy
