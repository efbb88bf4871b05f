"""pytest-pipl: China personal-information (PIPL) compliance checks for Android builds, as pytest tests.

Public API::

    from pytest_pipl import load_app, load_policy
    app = load_app("app-release.apk")
    app.package, app.target_sdk, app.permissions, app.sdks, app.code
    policy = load_policy("privacy.html", "sdk_list.md")   # or load_policy(app=app): the bundled one
    policy.mentions("极光推送"), policy.sections, policy.tables

The pytest plugin (``pytest --pipl app.apk``) lives in :mod:`pytest_pipl.plugin`.
Importing this package is cheap: androguard is only imported when an APK is
read for the first time.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

from .app.loader import load_app
from .app.model import App, Component, Permission
from .errors import AppLoadError, CannotAnalyse, PiplError

_POLICY_NAMES = ("Policy", "PolicyNotFound", "PolicySourceError", "load_policy")


def __getattr__(name: str) -> object:
    """The privacy-policy API, imported on first use (pytest loads this package for every run)."""
    if name in _POLICY_NAMES:
        from . import policy

        return getattr(policy, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "App",
    "AppLoadError",
    "CannotAnalyse",
    "Component",
    "Permission",
    "PiplError",
    "Policy",
    "PolicyNotFound",
    "PolicySourceError",
    "__version__",
    "load_app",
    "load_policy",
]
