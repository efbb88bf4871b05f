"""Turn what the ``pytest_pipl_add_*`` hooks return into an extended :class:`Knowledge`.

Hook results are user input: every entry is validated here, and a bad one
raises :class:`ExtensionError` naming the hook and the entry, which the
pytest layer reports as a usage error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .bundle import ConsentGate, Knowledge
from .personal_info import DataType, PiApi
from .sdks import Sdk, merge_sdks


class ExtensionError(ValueError):
    """A hook returned something that is not a valid catalogue entry."""


def _invalid(hook: str, exc: Exception, entry: object) -> ExtensionError:
    return ExtensionError(f"{hook} returned an invalid entry ({exc}): {entry!r}")


def _parse(hook: str, entries: Iterable[Any], make: Any) -> list[Any]:
    parsed = []
    for entry in entries:
        try:
            parsed.append(make(entry))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            raise _invalid(hook, exc, entry) from None
    return parsed


def extend_knowledge(
    base: Knowledge,
    sdks: Iterable[list[Any] | None] = (),
    personal_info: Iterable[dict[str, list[Any]] | list[Any] | None] = (),
    permission_terms: Iterable[dict[str, dict[str, list[str]]] | None] = (),
    consent_gates: Iterable[list[Any] | None] = (),
) -> Knowledge:
    """``base`` plus the results of each hook (one item per implementation, None allowed)."""
    new_sdks = _parse(
        "pytest_pipl_add_sdks",
        (e for result in sdks for e in result or []),
        lambda e: e if isinstance(e, Sdk) else Sdk.from_dict(e, source="conftest"),
    )
    types: list[DataType] = []
    apis: list[PiApi] = []
    for result in personal_info:
        result = result or []
        api_entries = result.get("apis", []) if isinstance(result, dict) else result
        type_entries = result.get("data_types", []) if isinstance(result, dict) else []
        types += _parse("pytest_pipl_add_personal_info", type_entries, DataType.from_dict)
        apis += _parse("pytest_pipl_add_personal_info", api_entries, lambda e: PiApi.from_dict(e, source="conftest"))
    try:
        catalogue = base.personal_info.extended(types, apis) if types or apis else base.personal_info
    except ValueError as exc:
        raise ExtensionError(f"pytest_pipl_add_personal_info: {exc}") from None
    permissions = base.permissions
    for result in permission_terms:
        if result:
            permissions = permissions.with_terms(result)

    def gate(entry: dict[str, str]) -> ConsentGate:
        if entry.get("kind") not in ("check", "callback") or not entry.get("method"):
            raise ValueError("needs 'method' and 'kind' (check or callback)")
        return ConsentGate(entry["method"], entry["kind"], source="conftest")

    gates = _parse("pytest_pipl_add_consent_gates", (e for result in consent_gates for e in result or []), gate)
    return replace(
        base,
        sdks=tuple(merge_sdks(base.sdks, new_sdks)) if new_sdks else base.sdks,
        personal_info=catalogue,
        permissions=permissions,
        consent_gates=base.consent_gates + tuple(gates),
    )
