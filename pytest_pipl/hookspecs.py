"""Hooks other plugins and ``conftest.py`` files implement to extend pytest-pipl.

Registered through ``pytest_addhooks`` on every run, so a conftest that
implements one of these is accepted even when no app is given.  Hook
implementations may omit parameters they do not use (pluggy opt-in
arguments); new parameters are only ever added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .knowledge.sdks import Sdk
    from .rules import Rule


@pytest.hookspec
def pytest_pipl_add_sdks(config: pytest.Config) -> list[dict[str, Any] | Sdk] | None:
    """Add SDKs to the catalogue, or replace built-in ones (same ``id``).

    Return a list of entries in the catalogue's JSON shape (see
    ``pytest_pipl/knowledge/data/sdks.json``) or :class:`pytest_pipl.knowledge.sdks.Sdk`
    objects.  Typical use: a company's in-house SDKs, so that detection,
    attribution and the policy checks know them::

        # conftest.py
        def pytest_pipl_add_sdks(config):
            return [{
                "id": "acme_tracker",
                "name": {"en": "ACME Tracker", "zh": "ACME统计"},
                "vendor": {"zh": "某某科技有限公司", "en": "ACME Ltd."},
                "category": "analytics",
                "signatures": {"packages": ["com.acme.tracker"], "meta_data": ["ACME_KEY"]},
            }]

    Use in conftest plugins: the rootdir conftest (or any conftest loaded
    before collection) is consulted once per run.
    """


@pytest.hookspec
def pytest_pipl_add_rules(config: pytest.Config) -> list[Rule] | None:
    """Add rules that run as built-in rule items on every app.

    Return :class:`pytest_pipl.rules.Rule` objects, typically made with the
    :func:`pytest_pipl.rules.base.rule` decorator; their IDs must not clash
    with built-in ones.
    """


@pytest.hookspec
def pytest_pipl_add_personal_info(
    config: pytest.Config,
) -> dict[str, list[dict[str, Any]]] | list[dict[str, Any]] | None:
    """Add personal-information APIs (and data types) to the catalogue.

    Return a list of API entries in the shape of ``knowledge/data/personal_info.json``
    ``apis`` (``kind`` method / field / string / uri), or a dict with ``apis``
    and ``data_types`` lists.  An entry with an existing ``id`` replaces it::

        # conftest.py
        def pytest_pipl_add_personal_info(config):
            return [{
                "id": "acme_device_fingerprint",
                "kind": "method",
                "class": "com.acme.security.Fingerprint",
                "member": "collect",
                "data_type": "android_id",
            }]
    """


@pytest.hookspec
def pytest_pipl_add_permission_terms(config: pytest.Config) -> dict[str, dict[str, list[str]]] | None:
    """Add phrases your privacy policy uses for permissions.

    Return ``{permission: {"zh": [...], "en": [...]}}``; the phrases are added to
    the built-in ones (nothing is removed)::

        def pytest_pipl_add_permission_terms(config):
            return {"android.permission.CAMERA": {"zh": ["扫一扫"], "en": ["QR scanning"]}}
    """


@pytest.hookspec
def pytest_pipl_add_consent_gates(config: pytest.Config) -> list[dict[str, str]] | None:
    """Declare the methods that mark the consent boundary of your app.

    Return entries ``{"method": "com.acme.PrivacyStore.isAgreed", "kind": "check"}``
    (a boolean method that is true only after the user agreed) or
    ``{"method": "com.acme.SplashActivity.onAgreeClicked", "kind": "callback"}``
    (a method that runs when the user agrees).  Same as the ini keys
    ``pipl_consent_checks`` / ``pipl_consent_callbacks``.
    """
