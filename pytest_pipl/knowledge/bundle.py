"""Everything the rules know, as one object: the built-in catalogues plus project additions.

Rules read ``ctx.knowledge`` rather than the data files, so that what a
``conftest.py`` adds through the ``pytest_pipl_add_*`` hooks (in-house SDKs,
extra personal-information APIs, policy phrases, consent gates) reaches
every rule and every assertion.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .broadcasts import LaunchBroadcast, launch_broadcasts
from .permissions import PermissionCatalogue
from .personal_info import PersonalInfoCatalogue
from .sdks import Sdk, builtin_sdks


@dataclass(frozen=True)
class ConsentGate:
    """A method that marks the consent boundary (used by the pre-consent analysis).

    ``kind`` is ``callback`` (runs when the user agrees) or ``check`` (returns
    true only after agreement); ``method`` is ``package.Class.method``.
    """

    method: str
    kind: str
    source: str = "configuration"


@dataclass(frozen=True)
class Knowledge:
    sdks: tuple[Sdk, ...]
    personal_info: PersonalInfoCatalogue
    permissions: PermissionCatalogue
    consent_gates: tuple[ConsentGate, ...] = ()

    @property
    def broadcasts(self) -> dict[str, LaunchBroadcast]:
        return launch_broadcasts()

    @classmethod
    def builtin(cls) -> Knowledge:
        return _builtin()


@cache
def _builtin() -> Knowledge:
    return Knowledge(
        sdks=tuple(builtin_sdks()),
        personal_info=PersonalInfoCatalogue.builtin(),
        permissions=PermissionCatalogue.builtin(),
    )
