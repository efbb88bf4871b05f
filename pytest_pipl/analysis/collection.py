"""Which kinds of personal information the build's code collects, anywhere.

The policy must name every kind of personal information the app (SDKs
included) collects, whether before or after consent, so this looks at all
code rather than what is reachable before consent.  A *weak* catalogue entry
(a call also common for harmless reasons, such as reading the network type)
counts only when a strong entry of the same data type is also present.
"""

from __future__ import annotations

from ..app.model import App
from ..knowledge.personal_info import PersonalInfoCatalogue, PiApi
from .usage import UsageSite, find_calls, find_field_reads, find_strings


def collected_data_types(app: App, catalogue: PersonalInfoCatalogue) -> dict[str, list[tuple[PiApi, UsageSite]]]:
    """data-type id → (catalogue entry, site) for every collection the code contains."""
    found: dict[str, list[tuple[PiApi, UsageSite]]] = {}
    for (cls, member), apis in catalogue.methods.items():
        for site in find_calls(app, [f"{cls}.{member}"]):
            for api in apis:
                found.setdefault(api.data_type, []).append((api, site))
    for (cls, member), apis in catalogue.fields.items():
        for site in find_field_reads(app, [f"{cls}.{member}"]):
            for api in apis:
                found.setdefault(api.data_type, []).append((api, site))
    for api in catalogue.strings:
        for site in find_strings(app, [api.value], prefix=api.prefix):
            found.setdefault(api.data_type, []).append((api, site))
    return {data_type: sites for data_type, sites in found.items() if any(not api.weak for api, _ in sites)}
