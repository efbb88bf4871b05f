"""Open an APK and read its manifest: the only module that imports androguard.

androguard's ``APK`` reads the ZIP container (including the malformed ZIP
headers that packed and tampered apps use), decodes the binary
AndroidManifest.xml and resolves resource references.  Everything else in the
model is built by our own code.  androguard is imported lazily so that
``pytest --help`` and warm cached runs never pay its import cost, and its
loguru output is disabled (it logs tens of thousands of DEBUG lines per app).
"""

from __future__ import annotations

import os
import re
from typing import Any

from ..errors import AppLoadError
from .model import (
    ACTIVITY,
    ACTIVITY_ALIAS,
    PROVIDER,
    RECEIVER,
    SERVICE,
    ApplicationInfo,
    Component,
    IntentFilter,
    Manifest,
    NetworkSecurityConfig,
    Permission,
)

ANDROID_NS = "{http://schemas.android.com/apk/res/android}"
DEX_NAME = re.compile(r"^classes(\d*)\.dex$")
COMPONENT_TAGS = (ACTIVITY, ACTIVITY_ALIAS, SERVICE, RECEIVER, PROVIDER)
MAIN_ACTION = "android.intent.action.MAIN"
LAUNCHER_CATEGORIES = ("android.intent.category.LAUNCHER", "android.intent.category.LEANBACK_LAUNCHER")


def _androguard_apk() -> Any:
    from loguru import logger

    logger.disable("androguard")
    from androguard.core.apk import APK

    return APK


class Container:
    """An opened APK: its file list, its manifest and access to its entries."""

    def __init__(self, path: str) -> None:
        self.path = path
        check_file(path)
        APK = _androguard_apk()
        try:
            self._apk = APK(path)
        except Exception as exc:  # androguard raises bare ValueError/KeyError on broken zips
            raise AppLoadError(
                path,
                f"it is not a readable ZIP archive ({exc})",
                "An APK is a ZIP file; check that the build finished and the file was copied completely.",
            ) from None
        self.files: tuple[str, ...] = tuple(self._apk.get_files())
        self.manifest = self._read_manifest()

    # -- entries --------------------------------------------------------------
    @property
    def dex_names(self) -> tuple[str, ...]:
        """``classes.dex``, ``classes2.dex``, … in the order Android loads them."""
        found = [(int(m.group(1) or 1), name) for name in self.files if (m := DEX_NAME.match(name))]
        return tuple(name for _, name in sorted(found))

    def read(self, name: str) -> bytes:
        return self._apk.get_file(name)

    # -- manifest -------------------------------------------------------------
    def _read_manifest(self) -> Manifest:
        if "AndroidManifest.xml" not in self.files:
            hint = _what_else_it_is(self.files)
            raise AppLoadError(self.path, "the archive has no AndroidManifest.xml", hint)
        xml = self._apk.get_android_manifest_xml()
        if xml is None:
            raw = self.read("AndroidManifest.xml")
            if raw.lstrip()[:1] == b"<":
                raise AppLoadError(
                    self.path,
                    "AndroidManifest.xml is plain-text XML, not the compiled binary manifest of a built APK",
                    "Pass the APK that Gradle or apktool produced, not a zipped source tree.",
                )
            raise AppLoadError(
                self.path,
                "AndroidManifest.xml is not a readable binary XML manifest "
                "(it may be corrupt or deliberately malformed)",
            )
        if xml.tag != "manifest":
            raise AppLoadError(self.path, f"AndroidManifest.xml starts with <{xml.tag}>, not <manifest>")
        split = xml.get("split")
        if split:
            raise AppLoadError(
                self.path,
                f"it is a split APK ({split}) of {xml.get('package') or 'an app'}, not a whole app",
                "Pass the base APK (base.apk / base-master.apk); splits only add resources or native code to it.",
            )
        return _ManifestReader(self._apk, xml, self.read).manifest()


def check_file(path: str) -> None:
    """Raise AppLoadError unless ``path`` is an existing file that starts like a ZIP archive."""
    if not os.path.exists(path):
        raise AppLoadError(path, "the file does not exist", "Check the path given to --pipl or pipl_apps.")
    if os.path.isdir(path):
        raise AppLoadError(path, "it is a directory, not an APK file")
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head[:2] != b"PK":
        if not head:
            shown = "nothing (the file is empty)"
        elif all(32 <= b < 127 for b in head):
            shown = f"{head.hex(' ')} (text: {head.decode()!r})"
        else:
            shown = head.hex(" ")
        raise AppLoadError(
            path,
            f"it is not an APK: an APK is a ZIP archive starting with 'PK', this file starts with {shown}",
        )


def _what_else_it_is(files: tuple[str, ...]) -> str:
    if "base/manifest/AndroidManifest.xml" in files:
        return "It looks like an Android App Bundle (.aab): build an APK from it with bundletool and pass that."
    apks = [f for f in files if f.endswith(".apk")]
    if apks:
        return f"It contains APK files ({', '.join(apks[:3])}…): pass the base APK itself."
    return "Is this an APK?"


class _ManifestReader:
    """Turn androguard's decoded manifest (an lxml tree) into a :class:`Manifest`."""

    def __init__(self, apk: Any, xml: Any, read: Any) -> None:
        self.apk = apk
        self.xml = xml
        self.read = read
        self.package = xml.get("package") or ""

    # attribute access tolerant of manifests stripped of their namespace (packers do that)
    def attr(self, element: Any, name: str) -> str | None:
        value = element.get(ANDROID_NS + name)
        if value is None:
            value = element.get(name)
        if value is not None and value.startswith("@") and len(value) > 1:
            value = self.resolve(value)
        return value

    def resolve(self, value: str) -> str:
        """Resolve a resource reference such as ``@7F110020`` to its (default) value."""
        try:
            res_id = int(value[1:], 16)
        except ValueError:
            return value
        try:
            arsc = self.apk.get_android_resources()
            configs = arsc.get_resolved_res_configs(res_id) if arsc is not None else []
        except Exception:
            return value
        return str(configs[0][1]) if configs else value

    def flag(self, element: Any, name: str) -> bool | None:
        value = self.attr(element, name)
        if value is None:
            return None
        return value.strip().lower() in ("true", "1", "0xffffffff", "-1")

    def int_attr(self, element: Any, name: str) -> int | None:
        value = self.attr(element, name)
        if value is None:
            return None
        try:
            return int(value, 0)
        except ValueError:
            return None

    def class_name(self, name: str | None) -> str | None:
        if not name:
            return None
        if name.startswith("."):
            return self.package + name
        if "." not in name:
            return f"{self.package}.{name}"
        return name

    def manifest(self) -> Manifest:
        from ..knowledge import permission_protection

        xml = self.xml
        uses_sdk = xml.find("uses-sdk")
        min_sdk = (self.int_attr(uses_sdk, "minSdkVersion") if uses_sdk is not None else None) or 1
        target_sdk = (self.int_attr(uses_sdk, "targetSdkVersion") if uses_sdk is not None else None) or min_sdk
        permissions: dict[str, Permission] = {}
        for tag in ("uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m"):
            for el in xml.findall(tag):
                name = self.attr(el, "name")
                if name and name not in permissions:
                    permissions[name] = Permission(
                        name, permission_protection(name), self.int_attr(el, "maxSdkVersion")
                    )
        app_el = xml.find("application")
        application = ApplicationInfo()
        components: list[Component] = []
        meta: list[tuple[str, str]] = []
        nsc = None
        if app_el is not None:
            nsc_ref = app_el.get(ANDROID_NS + "networkSecurityConfig")
            nsc_path = self.resolve(nsc_ref) if nsc_ref and nsc_ref.startswith("@") else nsc_ref
            application = ApplicationInfo(
                class_name=self.class_name(self.attr(app_el, "name")),
                debuggable=bool(self.flag(app_el, "debuggable")),
                uses_cleartext_traffic=self.flag(app_el, "usesCleartextTraffic"),
                network_security_config=nsc_path,
                allow_backup=self.flag(app_el, "allowBackup"),
                app_component_factory=self.class_name(self.attr(app_el, "appComponentFactory")),
            )
            app_enabled = self.flag(app_el, "enabled") is not False
            app_process = self.attr(app_el, "process")
            for el in app_el:
                if el.tag in COMPONENT_TAGS:
                    components.append(self.component(el, target_sdk, min_sdk, app_enabled, app_process))
                elif el.tag == "meta-data":
                    name = self.attr(el, "name")
                    if name:
                        value = self.attr(el, "value")
                        if value is None:
                            value = self.attr(el, "resource") or ""
                        meta.append((name, value))
            if nsc_path:
                nsc = self.network_security_config(nsc_path)
        queries = xml.find("queries")
        queried = tuple(
            p
            for p in (self.attr(el, "name") for el in (queries.findall("package") if queries is not None else ()))
            if p
        )
        return Manifest(
            package=self.package,
            version_name=self.attr(xml, "versionName"),
            version_code=self.int_attr(xml, "versionCode"),
            min_sdk=min_sdk,
            target_sdk=target_sdk,
            permissions=tuple(permissions.values()),
            application=application,
            components=tuple(components),
            meta_data=tuple(meta),
            launcher_activity=_launcher(components),
            network_security_config=nsc,
            queries_packages=queried,
        )

    def component(
        self, el: Any, target_sdk: int, min_sdk: int, app_enabled: bool, app_process: str | None
    ) -> Component:
        filters = []
        for f in el.findall("intent-filter"):
            filters.append(
                IntentFilter(
                    actions=tuple(a for a in (self.attr(x, "name") for x in f.findall("action")) if a),
                    categories=tuple(c for c in (self.attr(x, "name") for x in f.findall("category")) if c),
                    schemes=tuple(s for s in (self.attr(x, "scheme") for x in f.findall("data")) if s),
                    priority=self.int_attr(f, "priority") or 0,
                )
            )
        exported = self.flag(el, "exported")
        if exported is None:
            # Android's defaults: a component with an intent filter is exported;
            # providers were exported by default up to API 16.
            exported = (min(target_sdk, min_sdk) <= 16) if el.tag == PROVIDER else bool(filters)
        authorities = self.attr(el, "authorities")
        name_attr = self.attr(el, "name")
        return Component(
            kind=el.tag,
            name=self.class_name(name_attr) or "",
            exported=exported,
            enabled=app_enabled and self.flag(el, "enabled") is not False,
            process=self.attr(el, "process") or app_process,
            permission=self.attr(el, "permission"),
            intent_filters=tuple(filters),
            authorities=tuple(a for a in (authorities or "").split(";") if a),
            target_activity=self.class_name(self.attr(el, "targetActivity")),
            direct_boot_aware=bool(self.flag(el, "directBootAware")),
        )

    def network_security_config(self, path: str) -> NetworkSecurityConfig:
        try:
            from androguard.core.axml import AXMLPrinter

            xml = AXMLPrinter(self.read(path)).get_xml_obj()
        except Exception:
            xml = None
        if xml is None:
            return NetworkSecurityConfig(path=path, base_cleartext=None, readable=False)
        base = xml.find("base-config")
        base_flag = None
        if base is not None:
            value = base.get("cleartextTrafficPermitted")
            base_flag = None if value is None else value.lower() == "true"
        domains: list[str] = []
        for dc in xml.iter("domain-config"):
            if (dc.get("cleartextTrafficPermitted") or "").lower() == "true":
                domains.extend((d.text or "").strip() for d in dc.findall("domain"))
        return NetworkSecurityConfig(
            path=path, base_cleartext=base_flag, cleartext_domains=tuple(d for d in domains if d)
        )


def _launcher(components: list[Component]) -> str | None:
    """The activity Android starts from the home screen (aliases resolved)."""
    for category in LAUNCHER_CATEGORIES:
        for c in components:
            if c.kind not in (ACTIVITY, ACTIVITY_ALIAS) or not c.enabled:
                continue
            if any(MAIN_ACTION in f.actions and category in f.categories for f in c.intent_filters):
                return c.target_activity if c.kind == ACTIVITY_ALIAS and c.target_activity else c.name
    return None
