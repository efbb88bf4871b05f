"""Test-wide settings; fixture-app helpers live in tests/helpers.py."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide, colourless output so pytester output matching is stable."""
    monkeypatch.setenv("COLUMNS", "200")
    for var in ("PY_COLORS", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
