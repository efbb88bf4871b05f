"""Where the app's code uses an API, a field or a string constant.

Shared by rules that ask "does any code do X, and where?": a permission's
APIs (over-asking), installed-app-list APIs, personal-information APIs.
Every site carries the calling method and the SDK that owns it, so findings
can name who is responsible.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..app.code import MethodRef, descriptor
from ..app.model import App
from ..app.sdks import SdkMatch


@dataclass(frozen=True)
class UsageSite:
    """One place in the code that uses something we look for."""

    kind: str  # call | field | string
    target: str  # "TelephonyManager.getDeviceId", "Build.SERIAL", "content://sms"
    method: MethodRef
    sdk: SdkMatch | None

    @property
    def owner(self) -> str:
        """The SDK's name, or "app code"."""
        return self.sdk.sdk.name_en if self.sdk else "app code"

    def describe(self) -> str:
        return f"{self.target} in {self.method.qualified}"


def split_member(qualified: str) -> tuple[str, str]:
    """``android.telephony.TelephonyManager.getDeviceId`` → (class, member)."""
    cls, _, member = qualified.rpartition(".")
    return cls, member


def _short(class_name: str, member: str) -> str:
    return f"{class_name.rsplit('.', 1)[-1]}.{member}"


def find_calls(app: App, apis: Iterable[str]) -> list[UsageSite]:
    """Invokes of ``Class.method`` names (any overload), resolved through the app's classes."""
    invoked = app.code.invoked_apis()
    sites = []
    for api in apis:
        cls, member = split_member(api)
        if (descriptor(cls), member) not in invoked:
            continue
        for inv in app.code.calls_to(cls, member):
            sites.append(UsageSite("call", _short(cls, member), inv.caller, app.sdk_of_class(inv.caller.class_desc)))
    return sites


def find_field_reads(app: App, fields: Iterable[str]) -> list[UsageSite]:
    """Reads (``sget``) of static fields named ``Class.FIELD``."""
    sites = []
    for qualified in fields:
        cls, member = split_member(qualified)
        for method in app.code.field_readers(cls, member):
            sites.append(UsageSite("field", _short(cls, member), method, app.sdk_of_class(method.class_desc)))
    return sites


def find_strings(app: App, values: Iterable[str], prefix: bool = False) -> list[UsageSite]:
    """Methods loading string constants equal to (or starting with) any of ``values``."""
    sites = []
    for value in values:
        for found, methods in app.code.string_users(value, prefix=prefix).items():
            for method in methods:
                sites.append(UsageSite("string", f'"{found}"', method, app.sdk_of_class(method.class_desc)))
    return sites


def summarise_owners(sites: Iterable[UsageSite], limit: int = 3) -> str:
    """``Umeng (TelephonyManager.getDeviceId in com.umeng.x.a.b); app code (…)``."""
    by_owner: dict[str, list[UsageSite]] = {}
    for site in sites:
        by_owner.setdefault(site.owner, []).append(site)
    parts = []
    for owner, owned in by_owner.items():
        shown = ", ".join(s.describe() for s in owned[:limit])
        more = f" and {len(owned) - limit} more" if len(owned) > limit else ""
        parts.append(f"{owner} ({shown}{more})")
    return "; ".join(parts)
