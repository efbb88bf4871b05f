"""Every fixture app that carries an ``expected.json`` is judged as its author specified.

``tests/apps/NAME/expected.json`` lists runs (extra command-line arguments)
and, per rule, the outcome and the substrings the failure text must (not)
contain (``--pipl-policy`` paths are relative to ``tests/``).  The rules run
through the same assertion functions the ``pipl`` fixture uses, so the text
checked is the text a user sees.
"""

from __future__ import annotations

import json

import pytest

from pytest_pipl import load_app, load_policy
from pytest_pipl.assertions import check_rule, format_result
from pytest_pipl.rules import RuleConfig

from ..helpers import APPS

TESTS = APPS.parent

CASES = [
    pytest.param(path.parent.name, n, run, id=f"{path.parent.name}-{n}")
    for path in sorted(APPS.glob("*/expected.json"))
    for n, run in enumerate(json.loads(path.read_text(encoding="utf-8"))["runs"])
]


def _config(args: list[str]) -> tuple[RuleConfig, str | None, list[str]]:
    checks, callbacks, mapping, policies, lang = [], [], None, [], "en"
    pairs = iter(args)
    for option in pairs:
        value = next(pairs)
        if option == "--pipl-consent-check":
            checks.append(value)
        elif option == "--pipl-consent-callback":
            callbacks.append(value)
        elif option == "--pipl-mapping":
            mapping = value
        elif option == "--pipl-policy":
            policies.append(str(TESTS / value))
        elif option == "--pipl-lang":
            lang = value
        else:
            raise ValueError(f"expected.json: unsupported option {option}")
    config = RuleConfig(lang=lang, consent_checks=tuple(checks), consent_callbacks=tuple(callbacks))
    return config, mapping, policies


@pytest.mark.parametrize(("name", "number", "run"), CASES)
def test_app_is_judged_as_expected(name, number, run):
    config, mapping, policies = _config(run.get("args", []))
    app = load_app(APPS / f"{name}.apk", mapping=(APPS / name / mapping) if mapping else None)
    policy = load_policy(*policies) if policies else None  # read once for every rule of the run
    _assert_judged(app, name, run["rules"], config, policy)


def _assert_judged(app, name, rules, config, policy):
    """Each rule's outcome, and the substrings its failure text must (not) contain, as expected."""
    for rule_id, expected in rules.items():
        result = check_rule(app, rule_id, config, policy=policy)
        text = format_result(result, app, config.lang) if result.outcome != "passed" else ""
        assert result.outcome == expected["outcome"], f"{rule_id} on {name}: {result.outcome}\n{text}"
        for needle in expected.get("mentions", []):
            assert needle in text, f"{rule_id} on {name} does not mention {needle!r}:\n{text}"
        for needle in expected.get("not_mentions", []):
            assert needle not in text, f"{rule_id} on {name} mentions {needle!r}:\n{text}"


POLICIES = TESTS / "policies"
POLICY_CASES = [
    pytest.param(case, id=f"{case['app']}-{'+'.join(case['policies']) or 'bundled'}")
    for case in json.loads((POLICIES / "expected.json").read_text(encoding="utf-8"))["cases"]
]


@pytest.mark.parametrize("case", POLICY_CASES)
def test_policy_documents_are_judged_as_expected(case):
    """tests/policies/expected.json: standalone policies held against fixture apps."""
    app = load_app(APPS / f"{case['app']}.apk")
    policy = load_policy(*[POLICIES / p for p in case["policies"]]) if case["policies"] else None
    _assert_judged(app, case["app"], case["rules"], RuleConfig(lang=case.get("lang", "en")), policy)
