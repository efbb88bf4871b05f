"""Broadcasts that start an app without the user (``data/launch_broadcasts.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import load_json

SELF_START, ASSOCIATED_START = "self-start", "associated-start"


@dataclass(frozen=True)
class LaunchBroadcast:
    action: str
    kind: str  # self-start | associated-start
    zh: str
    en: str
    requires_permission: str | None
    restricted_for_target: int | None  # targetSdk from which manifest receivers stop getting it

    def stops_at(self, target_sdk: int) -> int | None:
        """The Android API level from which an app with ``target_sdk`` no longer gets this
        broadcast in a manifest receiver (None: it always does)."""
        limit = self.restricted_for_target
        return limit if limit is not None and target_sdk >= limit else None

    def reaches(self, min_sdk: int, target_sdk: int) -> bool:
        """True if a manifest receiver gets it on at least one Android version the app supports."""
        stop = self.stops_at(target_sdk)
        return stop is None or min_sdk < stop


@lru_cache(maxsize=1)
def launch_broadcasts() -> dict[str, LaunchBroadcast]:
    return {b["action"]: LaunchBroadcast(**b) for b in load_json("launch_broadcasts.json")["broadcasts"]}
