"""Fixtures for the pytester-based tests of the pytest surface."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import apk


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
