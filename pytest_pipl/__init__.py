"""pytest-pipl: China personal-information (PIPL) compliance checks for Android builds, as pytest tests.

Public API::

    from pytest_pipl import load_app
    app = load_app("app-release.apk")
    app.package, app.target_sdk, app.permissions, app.sdks, app.code

The pytest plugin (``pytest --pipl app.apk``) lives in :mod:`pytest_pipl.plugin`.
Importing this package is cheap: androguard is only imported when an APK is
read for the first time.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

from .app.loader import load_app
from .app.model import App, Component, Permission
from .errors import AppLoadError, CannotAnalyse, PiplError

__all__ = ["App", "AppLoadError", "CannotAnalyse", "Component", "Permission", "PiplError", "__version__", "load_app"]
