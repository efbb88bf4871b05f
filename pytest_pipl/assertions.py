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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .app.model import App
from .knowledge.bundle import Knowledge
from .rules import BLIND, FAILED, Rule, RuleConfig, RuleContext, RuleResult, builtin_rules, run_rule

if TYPE_CHECKING:
    from .analysis.preconsent import PreConsent


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
        for f in result.findings:
            owner = f.sdk_name or ("应用自身代码" if zh else "app code")
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
    for rule in builtin_rules() if rules is None else rules:
        if rule.id == rule_id:
            return rule
    raise KeyError(f"unknown rule {rule_id!r}")


def check_rule(
    app: App,
    rule: Rule | str,
    config: RuleConfig | None = None,
    policy: object = None,
    knowledge: Knowledge | None = None,
) -> RuleResult:
    """Run one rule (object or ID) on ``app`` and return its result."""
    if isinstance(rule, str):
        rule = find_rule(rule)
    ctx = RuleContext(app=app, config=config or RuleConfig(), policy=policy, knowledge=knowledge or Knowledge.builtin())
    return run_rule(rule, ctx)


def assert_rule(
    app: App,
    rule: Rule | str,
    config: RuleConfig | None = None,
    policy: object = None,
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
    ) -> None:
        self.app = app
        self.config = config or RuleConfig()
        self.knowledge = knowledge or Knowledge.builtin()
        self._rules = list(rules) if rules is not None else builtin_rules()

    def __repr__(self) -> str:
        return f"<Pipl {self.app!r}>"

    def check(self, rule_id: str) -> RuleResult:
        """Run a rule by ID (built-in or added by a plugin) and return the result without asserting."""
        return check_rule(self.app, find_rule(rule_id, self._rules), self.config, knowledge=self.knowledge)

    def assert_passes(self, rule_id: str) -> None:
        """Assert that the rule ``rule_id`` passes on this app."""
        __tracebackhide__ = True
        assert_rule(self.app, find_rule(rule_id, self._rules), self.config, knowledge=self.knowledge)

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
        no_personal_info_before_consent(self.app, self.config, self.knowledge)

    def no_permission_before_consent(self) -> None:
        __tracebackhide__ = True
        no_permission_before_consent(self.app, self.config, self.knowledge)

    def no_sdk_init_before_consent(self) -> None:
        __tracebackhide__ = True
        no_sdk_init_before_consent(self.app, self.config, self.knowledge)

    def target_sdk_meets_store_floor(self, floor: int | None = None) -> None:
        __tracebackhide__ = True
        target_sdk_meets_store_floor(self.app, floor, self.config)

    def not_debuggable(self) -> None:
        __tracebackhide__ = True
        not_debuggable(self.app, self.config)

    def no_cleartext_traffic(self) -> None:
        __tracebackhide__ = True
        no_cleartext_traffic(self.app, self.config)

    def no_unused_dangerous_permissions(self) -> None:
        __tracebackhide__ = True
        no_unused_dangerous_permissions(self.app, self.config)

    def no_query_all_packages(self) -> None:
        __tracebackhide__ = True
        no_query_all_packages(self.app, self.config)

    def no_self_start_receivers(self) -> None:
        __tracebackhide__ = True
        no_self_start_receivers(self.app, self.config)

    def no_associated_start_receivers(self) -> None:
        __tracebackhide__ = True
        no_associated_start_receivers(self.app, self.config)
