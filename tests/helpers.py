"""Shared test helpers: fixture APK paths and loaded apps.

Fixture apps are built from smali sources under tests/apps/ (see
tools/build_fixtures.py); the committed APKs are used as they are, so the
tests need no Java.
"""

from __future__ import annotations

from pathlib import Path

from pytest_pipl import App, load_app

APPS = Path(__file__).parent / "apps"


def apk(name: str) -> str:
    """Path of a fixture APK: ``apk("news_app")`` or ``apk("bad/empty")``."""
    path = APPS / f"{name}.apk"
    assert path.exists(), f"fixture {path} is missing: run tools/build_fixtures.py"
    return str(path)


_loaded: dict[str, App] = {}


def app(name: str) -> App:
    """A fixture app loaded once per test session (no disk cache)."""
    if name not in _loaded:
        _loaded[name] = load_app(apk(name))
    return _loaded[name]
