"""Every fixture app that carries an ``expected.json`` is judged as its author specified.

``tests/apps/NAME/expected.json`` lists runs (extra command-line arguments)
and, per rule, the outcome and the substrings the failure text must (not)
contain.  The rules run through the same assertion functions the ``pipl``
fixture uses, so the text checked is the text a user sees.
"""

from __future__ import annotations

import json

import pytest

from pytest_pipl import load_app
from pytest_pipl.assertions import check_rule, format_result
from pytest_pipl.rules import RuleConfig

from ..helpers import APPS

CASES = [
    pytest.param(path.parent.name, n, run, id=f"{path.parent.name}-{n}")
    for path in sorted(APPS.glob("*/expected.json"))
    for n, run in enumerate(json.loads(path.read_text(encoding="utf-8"))["runs"])
]


def _config(args: list[str]) -> tuple[RuleConfig, str | None]:
    checks, callbacks, mapping = [], [], None
    pairs = iter(args)
    for option in pairs:
        value = next(pairs)
        if option == "--pipl-consent-check":
            checks.append(value)
        elif option == "--pipl-consent-callback":
            callbacks.append(value)
        elif option == "--pipl-mapping":
            mapping = value
        else:
            raise ValueError(f"expected.json: unsupported option {option}")
    return RuleConfig(consent_checks=tuple(checks), consent_callbacks=tuple(callbacks)), mapping


@pytest.mark.parametrize(("name", "number", "run"), CASES)
def test_app_is_judged_as_expected(name, number, run):
    config, mapping = _config(run.get("args", []))
    app = load_app(APPS / f"{name}.apk", mapping=(APPS / name / mapping) if mapping else None)
    for rule_id, expected in run["rules"].items():
        result = check_rule(app, rule_id, config)
        text = format_result(result, app) if result.outcome != "passed" else ""
        assert result.outcome == expected["outcome"], f"{rule_id} on {name}: {result.outcome}\n{text}"
        for needle in expected.get("mentions", []):
            assert needle in text, f"{rule_id} on {name} does not mention {needle!r}:\n{text}"
        for needle in expected.get("not_mentions", []):
            assert needle not in text, f"{rule_id} on {name} mentions {needle!r}:\n{text}"
