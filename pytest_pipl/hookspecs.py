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
