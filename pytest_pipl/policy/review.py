"""Hold a policy against a build: what the build has that the policy does not say.

One :class:`PolicyReview` per app, policy and knowledge answers the five
policy rules and the ``pipl`` assertions: SDKs in the build the policy does
not name, dangerous permissions it does not explain, personal information
the code collects that it does not name, required topics it lacks, and SDK
entries without company, purpose, data or link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..analysis.collection import collected_data_types
from ..analysis.usage import UsageSite
from ..app.model import App, Permission
from ..app.sdks import SdkMatch
from ..knowledge.bundle import Knowledge
from ..knowledge.permissions import PermissionInfo
from ..knowledge.personal_info import DataType, PiApi
from ..knowledge.policy_terms import PolicyVocabulary
from .model import Mention, Policy
from .parts import compact
from .sdk_list import SdkEntry, sdk_entries
from .sdk_names import SdkNameFinder, SdkNames
from .sections import SectionCoverage, section_coverage
from .terms import TermDisclosure, data_type_disclosure, permission_disclosure, shared_permission_terms


@dataclass
class SdkGap:
    """An SDK in the build that the policy does not name, with what the policy says instead."""

    match: SdkMatch
    generic_phrases: list[Mention] = field(default_factory=list)  # 统计SDK … of the SDK's category
    vendor_mentions: list[Mention] = field(default_factory=list)
    out_of_context: list[Mention] = field(default_factory=list)  # 微信 outside an SDK context


@dataclass
class DataGap:
    data_type: DataType
    sites: list[tuple[PiApi, UsageSite]]
    disclosure: TermDisclosure


class PolicyReview:
    def __init__(
        self, app: App, policy: Policy, knowledge: Knowledge | None = None, vocabulary: PolicyVocabulary | None = None
    ) -> None:
        self.app = app
        self.policy = policy
        self.knowledge = knowledge or Knowledge.builtin()
        self.vocabulary = vocabulary or PolicyVocabulary.builtin()

    # -- SDKs ----------------------------------------------------------------------------------
    @cached_property
    def sdk_names(self) -> SdkNames:
        return SdkNameFinder(self.knowledge.sdks, self.vocabulary, self._data_terms).find(self.policy)

    @property
    def detected_sdks(self) -> list[SdkMatch]:
        return [m for m in self.app.sdks if m.sdk.report]

    def undisclosed_sdks(self) -> list[SdkGap]:
        names = self.sdk_names
        gaps = []
        for match in self.detected_sdks:
            if names.named(match.id):
                continue
            categories = self.vocabulary.categories.get(match.sdk.category, ())
            generic = [m for m in names.generic_phrases if any(compact(w) in compact(m.term) for w in categories if w)]
            gaps.append(
                SdkGap(
                    match,
                    generic_phrases=generic[:3],
                    vendor_mentions=names.vendor_only.get(match.id, [])[:2],
                    out_of_context=names.generic_out_of_context.get(match.id, [])[:2],
                )
            )
        return gaps

    def sdk_entries(self) -> dict[str, SdkEntry]:
        sdks = {m.id: m.sdk for m in self.detected_sdks}
        return sdk_entries(self.policy, self.sdk_names, sdks, self.vocabulary, self._data_terms)

    @cached_property
    def _data_terms(self) -> list[str]:
        terms: list[str] = []
        for t in self.knowledge.personal_info.data_types.values():
            terms += [*t.terms_zh, *t.terms_en, *t.umbrella_zh, *t.umbrella_en]
        return terms

    # -- permissions ------------------------------------------------------------------------------
    def permissions(self) -> list[tuple[Permission, TermDisclosure]]:
        """Every dangerous permission the build declares, with what the policy says about it."""
        catalogue = self.knowledge.permissions
        shared = shared_permission_terms(catalogue.info.values())
        results = []
        for permission in self.app.dangerous_permissions:
            info = catalogue.info.get(permission.name) or PermissionInfo(permission.name)
            types = self.knowledge.personal_info.data_types.values()
            disclosure = permission_disclosure(self.policy, info, self.vocabulary, types, shared)
            results.append((permission, disclosure))
        return results

    # -- personal information ---------------------------------------------------------------------
    @cached_property
    def collected(self) -> dict[str, list[tuple[PiApi, UsageSite]]]:
        return collected_data_types(self.app, self.knowledge.personal_info)

    def data_types(self) -> list[DataGap]:
        """Every data type the code collects, with what the policy says about it."""
        catalogue = self.knowledge.personal_info
        results = []
        for type_id, sites in sorted(self.collected.items()):
            data_type = catalogue.data_types.get(type_id)
            if data_type is None:
                continue
            results.append(DataGap(data_type, sites, data_type_disclosure(self.policy, data_type, self.vocabulary)))
        return results

    # -- sections ----------------------------------------------------------------------------------
    def sections(self) -> list[SectionCoverage]:
        return section_coverage(self.policy, self.vocabulary)


def review(app: App, policy: Policy, knowledge: Knowledge | None = None) -> PolicyReview:
    """The review of ``policy`` against ``app``, computed once per app, policy and knowledge."""
    knowledge = knowledge or Knowledge.builtin()
    cache = app.__dict__.setdefault("_policy_reviews", {})
    key = (id(policy), id(knowledge))
    if key not in cache:
        cache[key] = PolicyReview(app, policy, knowledge)
    return cache[key]
