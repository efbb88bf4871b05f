"""Assertions: run a rule on an App and raise a self-explaining AssertionError.

These functions are the library form of the built-in rule items and of the
``pipl`` fixture's methods; they take an :class:`~pytest_pipl.App`, need no
pytest, and can be used in any test::

    from pytest_pipl import load_app
    from pytest_pipl.assertions import no_self_start_receivers

    def test_no_boot_receivers():
        no_self_start_receivers(load_app("build/app-release.apk"))

The failure text reads like a reviewer's note: the rule, every offender
(grouped by the SDK responsible), the legal basis and the fix.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .app.model import App
from .errors import PiplError
from .knowledge.bundle import Knowledge
from .rules import BLIND, FAILED, PASSED, Rule, RuleConfig, RuleContext, RuleResult, builtin_rules, run_rule

if TYPE_CHECKING:
    from .analysis.preconsent import PreConsent
    from .policy import Policy
    from .regress.baseline import Baseline
    from .regress.waivers import Waiver

PolicyArg = Any  # Policy | PiplError | path/URL | sequence of paths/URLs | zero-arg callable | None (bundled)


def format_result(result: RuleResult, app: App | None = None, lang: str = "en") -> str:
    """The failure text for a failed or blind result."""
    rule = result.rule
    zh = lang == "zh"
    where = f"{app.name} ({app.package} {app.version_name or ''})".replace(" )", ")") if app else result.app_path
    head = f"{rule.id} {rule.title(lang)}"
    lines: list[str] = []
    if result.outcome == BLIND:
        reason = result.reason_zh if zh else result.reason
        lines.append(f"{head} — {where}: {reason}")
        if app is not None and app.packer is not None:
            lines.append(
                "静态检查无法看到加固或加密的代码：请对加固前的release构建运行检查。"
                if zh
                else "A check that cannot see the code never passes: run it on the release build before packing (加固)."
            )
        return "\n".join(lines)
    count = len(result.findings)
    if zh:
        lines.append(f"{head} — {where}：发现{count}处问题")
    else:
        lines.append(f"{head} — {where}: {count} finding{'s' if count != 1 else ''}")
    groups: dict[str, list] = {}
    if any(f.sdk_name for f in result.findings):
        names_zh = {s.id: s.name_zh for s in Knowledge.builtin().sdks} if zh else {}
        for f in result.findings:
            owner = (names_zh.get(f.sdk or "") or f.sdk_name) if zh else f.sdk_name
            owner = owner or ("应用自身代码" if zh else "app code")
            groups.setdefault(owner, []).append(f)
    else:
        groups[""] = list(result.findings)
    number = 0
    for owner, findings in groups.items():
        indent = "  "
        if owner:
            lines.append(f"  {owner}:")
            indent = "    "
        for f in findings:
            number += 1
            lines.append(f"{indent}{number}. {f.text(lang)}")
            if f.call_path:
                lines.append(f"{indent}   {'调用路径' if zh else 'call path'}: " + " → ".join(f.call_path))
            if f.location:
                lines.append(f"{indent}   {'位置' if zh else 'at'}: {f.location}")
    for en, zh_note in result.notes:
        lines.append(zh_note if zh else en)
    lines.append(f"{'原因' if zh else 'Why'}: {rule.rationale(lang)}")
    lines.append(f"{'依据' if zh else 'Basis'}: {rule.cite(lang)}")
    lines.append(f"{'修改建议' if zh else 'Fix'}: {rule.fix(lang)}")
    return "\n".join(lines)


def find_rule(rule_id: str, rules: Sequence[Rule] | None = None) -> Rule:
    from .rules import diff_rules

    for rule in [*builtin_rules(), *diff_rules()] if rules is None else rules:
        if rule.id == rule_id:
            return rule
    raise KeyError(f"unknown rule {rule_id!r}")


def check_rule(
    app: App,
    rule: Rule | str,
    config: RuleConfig | None = None,
    policy: PolicyArg = None,
    knowledge: Knowledge | None = None,
) -> RuleResult:
    """Run one rule (object or ID) on ``app`` and return its result.

    ``policy`` is a :class:`~pytest_pipl.policy.Policy`, a path or URL (or a list of them), or None to use the
    policy bundled in the build.
    """
    if isinstance(rule, str):
        rule = find_rule(rule)
    ctx = RuleContext(
        app=app, config=config or RuleConfig(), policy=as_policy(policy), knowledge=knowledge or Knowledge.builtin()
    )
    return run_rule(rule, ctx)


def assert_rule(
    app: App,
    rule: Rule | str,
    config: RuleConfig | None = None,
    policy: PolicyArg = None,
    knowledge: Knowledge | None = None,
) -> RuleResult:
    """Run a rule and raise AssertionError with the reviewer's note unless it passes."""
    __tracebackhide__ = True
    result = check_rule(app, rule, config, policy, knowledge)
    if result.outcome in (FAILED, BLIND):
        raise AssertionError(format_result(result, app, (config or RuleConfig()).lang))
    return result


def target_sdk_meets_store_floor(app: App, floor: int | None = None, config: RuleConfig | None = None) -> None:
    """targetSdkVersion is at least ``floor`` (default: the configured store floor, 30)."""
    __tracebackhide__ = True
    config = config or RuleConfig()
    if floor is not None:
        config = RuleConfig(min_target_sdk=floor, lang=config.lang)
    assert_rule(app, "PIPL-BUILD-001", config)


def not_debuggable(app: App, config: RuleConfig | None = None) -> None:
    """The build is not debuggable."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-BUILD-002", config)


def no_cleartext_traffic(app: App, config: RuleConfig | None = None) -> None:
    """Cleartext HTTP is not allowed app-wide."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-SEC-001", config)


def no_unused_dangerous_permissions(app: App, config: RuleConfig | None = None) -> None:
    """Every dangerous permission the manifest declares is used by some code."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-PERM-001", config)


def no_query_all_packages(app: App, config: RuleConfig | None = None) -> None:
    """The manifest does not request QUERY_ALL_PACKAGES."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-PERM-002", config)


def no_self_start_receivers(app: App, config: RuleConfig | None = None) -> None:
    """No manifest receiver starts the app on system broadcasts (boot, unlock, network …)."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-LAUNCH-001", config)


def no_associated_start_receivers(app: App, config: RuleConfig | None = None) -> None:
    """No manifest receiver starts the app on other apps' install/remove/update events."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-LAUNCH-002", config)


def no_personal_info_before_consent(
    app: App, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """No catalogued personal-information API is reachable before the user agrees (SDK code included)."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-CONSENT-001", config, knowledge=knowledge)


def no_permission_before_consent(
    app: App, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """No runtime permission request is reachable before the user agrees."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-CONSENT-002", config, knowledge=knowledge)


def no_sdk_init_before_consent(app: App, config: RuleConfig | None = None, knowledge: Knowledge | None = None) -> None:
    """No SDK init entry point is reachable before the user agrees (compliant pre-init calls are allowed)."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-CONSENT-003", config, knowledge=knowledge)


def as_policy(policy: PolicyArg) -> Any:
    """A policy argument as rules take it: a Policy, the error explaining its absence, or None (bundled)."""
    if policy is None or callable(policy):
        return policy
    if isinstance(policy, (str, os.PathLike)):
        policy = [policy]
    if isinstance(policy, (list, tuple)):
        from .policy import load_policy

        try:
            return load_policy(*policy)
        except PiplError as exc:
            return exc
    return policy


def policy_mentions_all_sdks(
    app: App, policy: PolicyArg = None, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """Every SDK detected in the build is named in the privacy policy or its SDK list (PIPL-POLICY-001).

    ``policy`` is a :class:`~pytest_pipl.policy.Policy`, a path or URL (or a list of them), or None to use
    the policy bundled in the build.
    """
    __tracebackhide__ = True
    assert_rule(app, "PIPL-POLICY-001", config, policy=policy, knowledge=knowledge)


def policy_mentions_all_permissions(
    app: App, policy: PolicyArg = None, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """Every dangerous permission in the manifest is explained in the policy, not only by an umbrella term."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-POLICY-002", config, policy=policy, knowledge=knowledge)


def policy_mentions_collected_data(
    app: App, policy: PolicyArg = None, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """Every type of personal information the code collects is named in the policy."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-POLICY-003", config, policy=policy, knowledge=knowledge)


def policy_has_required_sections(
    app: App, policy: PolicyArg = None, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """The policy covers contact, complaints, rights, account cancellation, withdrawal, dates, minors, sensitive PI."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-POLICY-004", config, policy=policy, knowledge=knowledge)


def policy_lists_sdk_details(
    app: App, policy: PolicyArg = None, config: RuleConfig | None = None, knowledge: Knowledge | None = None
) -> None:
    """The SDK list gives each SDK's company, purpose, data types and privacy-policy link."""
    __tracebackhide__ = True
    assert_rule(app, "PIPL-POLICY-005", config, policy=policy, knowledge=knowledge)


class Pipl:
    """Assertion helpers bound to one app: what the ``pipl`` fixture returns.

    Every method raises AssertionError with a reviewer's note when the app
    violates the rule, and returns None otherwise.  ``pipl.app`` is the
    :class:`~pytest_pipl.App` for custom assertions.
    """

    def __init__(
        self,
        app: App,
        config: RuleConfig | None = None,
        rules: Sequence[Rule] | None = None,
        knowledge: Knowledge | None = None,
        policy: PolicyArg = None,
        baseline: Baseline | None = None,
        waivers: Sequence[Waiver] = (),
    ) -> None:
        self.app = app
        self.config = config or RuleConfig()
        self.knowledge = knowledge or Knowledge.builtin()
        self._rules = list(rules) if rules is not None else builtin_rules()
        self._policy: PolicyArg = policy
        self._policy_loaded = False
        self.baseline = baseline
        self.waivers = list(waivers)

    def __repr__(self) -> str:
        return f"<Pipl {self.app!r}>"

    def _resolved_policy(self) -> Any:
        if not self._policy_loaded:
            policy = self._policy() if callable(self._policy) else as_policy(self._policy)
            if policy is None:
                from .rules.policy import bundled_policy

                policy = bundled_policy(RuleContext(app=self.app, knowledge=self.knowledge))
            self._policy, self._policy_loaded = policy, True
        return self._policy

    @property
    def policy(self) -> Policy:
        """The app's privacy policy (given with ``--pipl-policy`` or bundled); AssertionError saying where
        it looked when there is none."""
        __tracebackhide__ = True
        policy = self._resolved_policy()
        if isinstance(policy, PiplError):
            explain: Callable[[str], str] | None = getattr(policy, "explain", None)
            raise AssertionError(explain(self.config.lang) if explain else str(policy))
        return policy

    def _rule(self, rule_id: str) -> Rule:
        try:
            return find_rule(rule_id, self._rules)
        except KeyError:
            return find_rule(rule_id)  # a built-in rule deselected with --pipl-rules still works here

    def check(self, rule_id: str) -> RuleResult:
        """Run a rule by ID (built-in or added by a plugin) and return the result without asserting."""
        rule = self._rule(rule_id)
        return check_rule(self.app, rule, self.config, policy=self._resolved_policy(), knowledge=self.knowledge)

    def assert_passes(self, rule_id: str) -> None:
        """Assert that the rule ``rule_id`` passes on this app: no finding that is neither in the baseline
        nor waived (``pipl_waive`` marker, ``pipl_waivers`` ini key)."""
        __tracebackhide__ = True
        from .regress.verdict import judge

        verdict = judge(self.check(rule_id), self.app.package, self.baseline, self.waivers)
        if verdict.failed:
            outstanding = verdict.outstanding
            text = format_result(outstanding, self.app, self.config.lang) if outstanding.outcome != PASSED else ""
            lines = [text or f"{rule_id} — {self.app.name}", *verdict.notes(self.config.lang)]
            raise AssertionError("\n".join(lines))

    # -- queries for custom assertions ------------------------------------------------
    @property
    def pre_consent(self) -> PreConsent:
        """The pre-consent analysis: ``entry_points``, ``methods()``, ``runs_before_consent(m)``,
        ``path(m)``, ``calls_to(cls, name)``, ``personal_info_sites``, ``permission_requests``,
        ``sdk_inits`` and the ``boundary`` it used."""
        from .rules.consent import pre_consent

        return pre_consent(self.app, self.knowledge, self.config)

    def callers_of(self, class_name: str, method: str) -> list[str]:
        """Methods (``package.Class.method``) that call ``class_name.method``, anywhere in the app."""
        return sorted({call.caller.qualified for call in self.app.code.calls_to(class_name, method)})

    def sdk_of(self, class_name: str) -> str | None:
        """The catalogue id of the SDK that owns a class, or None for the app's own code."""
        match = self.app.sdk_of_class(class_name)
        return match.sdk.id if match else None

    def no_personal_info_before_consent(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-CONSENT-001")

    def no_permission_before_consent(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-CONSENT-002")

    def no_sdk_init_before_consent(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-CONSENT-003")

    def policy_mentions_all_sdks(self) -> None:
        """Every SDK in the build is named in the policy or its SDK list."""
        __tracebackhide__ = True
        self.assert_passes("PIPL-POLICY-001")

    def policy_mentions_all_permissions(self) -> None:
        """Every dangerous permission is explained (an umbrella term alone is not enough)."""
        __tracebackhide__ = True
        self.assert_passes("PIPL-POLICY-002")

    def policy_mentions_collected_data(self) -> None:
        """Every type of personal information the code collects is named."""
        __tracebackhide__ = True
        self.assert_passes("PIPL-POLICY-003")

    def policy_has_required_sections(self) -> None:
        """Contact, complaints, rights, 注销, withdrawal, dates, minors and sensitive information are covered."""
        __tracebackhide__ = True
        self.assert_passes("PIPL-POLICY-004")

    def policy_lists_sdk_details(self) -> None:
        """Each SDK's entry gives its company, purpose, data and privacy-policy link."""
        __tracebackhide__ = True
        self.assert_passes("PIPL-POLICY-005")

    def target_sdk_meets_store_floor(self, floor: int | None = None) -> None:
        __tracebackhide__ = True
        if floor is None:
            self.assert_passes("PIPL-BUILD-001")
        else:
            target_sdk_meets_store_floor(self.app, floor, self.config)

    def not_debuggable(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-BUILD-002")

    def no_cleartext_traffic(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-SEC-001")

    def no_unused_dangerous_permissions(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-PERM-001")

    def no_query_all_packages(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-PERM-002")

    def no_self_start_receivers(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-LAUNCH-001")

    def no_associated_start_receivers(self) -> None:
        __tracebackhide__ = True
        self.assert_passes("PIPL-LAUNCH-002")
