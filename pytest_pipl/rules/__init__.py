"""The built-in rules, one module per family, and rule selection.

``builtin_rules()`` is the catalogue in a stable order.  :func:`select_rules`
implements ``--pipl-rules``: comma-separated rule IDs or ID prefixes
(``PIPL-PERM``); a leading ``-`` or ``!`` skips instead of selecting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import build, consent, diff, launch, permissions, policy
from .base import BLIND, FAILED, PASSED, Rule, RuleConfig, RuleContext, RuleResult, run_rule

__all__ = [
    "BLIND",
    "FAILED",
    "PASSED",
    "Rule",
    "RuleConfig",
    "RuleContext",
    "RuleResult",
    "builtin_rules",
    "diff_rules",
    "run_rule",
    "select_rules",
]


def builtin_rules() -> list[Rule]:
    """Every built-in rule, sorted by ID."""
    rules = [*build.RULES, *consent.RULES, *permissions.RULES, *launch.RULES, *policy.RULES]
    return sorted(rules, key=lambda r: r.id)


def diff_rules() -> list[Rule]:
    """The build-to-build rules, collected only with ``--pipl-compare``."""
    return list(diff.RULES)


class RuleSelectionError(ValueError):
    pass


def select_rules(rules: Sequence[Rule], patterns: Iterable[str]) -> list[Rule]:
    """Apply ``--pipl-rules`` patterns to ``rules`` (see module docstring)."""
    include: list[str] = []
    exclude: list[str] = []
    for raw in patterns:
        for token in raw.replace(" ", ",").split(","):
            token = token.strip()
            if not token:
                continue
            if token[0] in "-!":
                exclude.append(token[1:].upper())
            else:
                include.append(token.upper())

    def matches(rule_id: str, pattern: str) -> bool:
        return rule_id.startswith(pattern)

    ids = [r.id for r in rules]
    for pattern in include + exclude:
        if not any(matches(i, pattern) for i in ids):
            raise RuleSelectionError(f"no rule matches {pattern!r}; known rules: {', '.join(ids)}")
    chosen = [r for r in rules if not include or any(matches(r.id, p) for p in include)]
    return [r for r in chosen if not any(matches(r.id, p) for p in exclude)]
