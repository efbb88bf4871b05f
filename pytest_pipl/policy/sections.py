"""Which of the required topics a policy covers (contact, complaints, rights, 注销 …).

A topic is covered when a heading names it (如何联系我们) or the text uses
one of its unmistakable phrases (注销账号, 撤回同意, 不满十四周岁) or, for
topics that have them, a pattern matches (an e-mail address for contact, a
date next to 更新/生效 for the effective date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge.policy_terms import PolicyVocabulary, RequiredSection
from .model import HEADING, Mention, Policy
from .parts import compact


@dataclass(frozen=True)
class SectionCoverage:
    section: RequiredSection
    evidence: Mention | None

    @property
    def covered(self) -> bool:
        return self.evidence is not None


def section_coverage(policy: Policy, vocabulary: PolicyVocabulary) -> list[SectionCoverage]:
    return [SectionCoverage(s, _evidence(policy, s)) for s in vocabulary.sections]


def _evidence(policy: Policy, section: RequiredSection) -> Mention | None:
    heads = [compact(t) for t in section.heading_terms]
    for block in policy.blocks:
        if block.kind != HEADING:
            continue
        text = block.compact
        for term, key in zip(section.heading_terms, heads):
            if key and key in text:
                start = text.index(key)
                return policy.mention_at(term, block, start, start + len(key))
    for term in section.body_terms:
        found = policy.mentions(term)
        if found:
            return found[0]
    for pattern in section.patterns:
        regex = re.compile(pattern, re.IGNORECASE)
        for block in policy.blocks:
            text = block.compact
            match = regex.search(text)
            if match:
                return policy.mention_at(match.group(0), block, match.start(), match.end())
    return None
