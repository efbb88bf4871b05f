"""The App model: everything a rule may ask of one Android build.

Plain frozen dataclasses and a few derived views.  Built by
:func:`pytest_pipl.app.loader.load_app`, cached on disk, never mutated.  Rules
read this model; they never touch androguard or the DEX bytes.

Class names are reported in Java form (``com.example.App``); the code index
(:mod:`pytest_pipl.app.code`) works on DEX descriptors (``Lcom/example/App;``)
and offers conversions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .code import CodeIndex
    from .packers import PackerMatch
    from .sdks import SdkMatch

ACTIVITY, ACTIVITY_ALIAS, SERVICE, RECEIVER, PROVIDER = (
    "activity",
    "activity-alias",
    "service",
    "receiver",
    "provider",
)


@dataclass(frozen=True)
class Permission:
    """A ``<uses-permission>`` entry.

    ``protection`` is ``dangerous`` (runtime permission), ``special`` (granted
    on a settings page, e.g. SYSTEM_ALERT_WINDOW), ``normal``, ``signature``
    (not grantable to ordinary apps) or ``custom`` (not an AOSP permission).
    """

    name: str
    protection: str
    max_sdk: int | None = None

    @property
    def short_name(self) -> str:
        return self.name.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class IntentFilter:
    actions: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()
    priority: int = 0


@dataclass(frozen=True)
class Component:
    """An activity, activity-alias, service, receiver or provider."""

    kind: str
    name: str
    exported: bool
    enabled: bool = True
    process: str | None = None
    permission: str | None = None
    intent_filters: tuple[IntentFilter, ...] = ()
    authorities: tuple[str, ...] = ()
    target_activity: str | None = None  # activity-alias only
    direct_boot_aware: bool = False

    @property
    def actions(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for f in self.intent_filters:
            for action in f.actions:
                seen.setdefault(action, None)
        return tuple(seen)


@dataclass(frozen=True)
class ApplicationInfo:
    """The ``<application>`` element's attributes that rules use."""

    class_name: str | None = None
    debuggable: bool = False
    uses_cleartext_traffic: bool | None = None  # None: attribute absent
    network_security_config: str | None = None  # path of the XML inside the APK
    allow_backup: bool | None = None
    app_component_factory: str | None = None


@dataclass(frozen=True)
class NetworkSecurityConfig:
    """What a network security config file says about cleartext traffic."""

    path: str
    base_cleartext: bool | None  # base-config cleartextTrafficPermitted, None if unset
    cleartext_domains: tuple[str, ...] = ()  # domain-config entries permitting cleartext
    readable: bool = True


@dataclass(frozen=True)
class Manifest:
    """Everything read from AndroidManifest.xml (resources resolved)."""

    package: str
    version_name: str | None
    version_code: int | None
    min_sdk: int
    target_sdk: int
    permissions: tuple[Permission, ...]
    application: ApplicationInfo
    components: tuple[Component, ...]
    meta_data: tuple[tuple[str, str], ...]
    launcher_activity: str | None
    network_security_config: NetworkSecurityConfig | None = None
    queries_packages: tuple[str, ...] = ()


@dataclass
class App:
    """One analysed Android build.  Get it from :func:`pytest_pipl.load_app`."""

    path: str
    sha256: str
    size: int
    manifest: Manifest
    files: tuple[str, ...]
    dex_files: tuple[str, ...]
    code: CodeIndex
    dex_errors: tuple[str, ...] = ()
    sdks: tuple[SdkMatch, ...] = ()
    packer: PackerMatch | None = None
    loaded_from_cache: bool = False
    mapping: str | None = None  # the mapping.txt applied to class and method names

    # -- manifest shortcuts -------------------------------------------------
    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def package(self) -> str:
        return self.manifest.package

    @property
    def version_name(self) -> str | None:
        return self.manifest.version_name

    @property
    def version_code(self) -> int | None:
        return self.manifest.version_code

    @property
    def min_sdk(self) -> int:
        return self.manifest.min_sdk

    @property
    def target_sdk(self) -> int:
        return self.manifest.target_sdk

    @property
    def permissions(self) -> tuple[Permission, ...]:
        return self.manifest.permissions

    def permission(self, name: str) -> Permission | None:
        """The requested permission called ``name`` (full or short form), if any."""
        for p in self.manifest.permissions:
            if p.name == name or p.short_name == name:
                return p
        return None

    @property
    def dangerous_permissions(self) -> tuple[Permission, ...]:
        return tuple(p for p in self.manifest.permissions if p.protection == "dangerous")

    @property
    def application_class(self) -> str | None:
        return self.manifest.application.class_name

    @property
    def launcher_activity(self) -> str | None:
        return self.manifest.launcher_activity

    def components_of(self, kind: str) -> tuple[Component, ...]:
        return tuple(c for c in self.manifest.components if c.kind == kind)

    @property
    def activities(self) -> tuple[Component, ...]:
        return self.components_of(ACTIVITY)

    @property
    def services(self) -> tuple[Component, ...]:
        return self.components_of(SERVICE)

    @property
    def receivers(self) -> tuple[Component, ...]:
        return self.components_of(RECEIVER)

    @property
    def providers(self) -> tuple[Component, ...]:
        return self.components_of(PROVIDER)

    @property
    def meta_data(self) -> dict[str, str]:
        return dict(self.manifest.meta_data)

    # -- container ------------------------------------------------------------
    @property
    def native_libs(self) -> tuple[str, ...]:
        """Paths of native libraries (``lib/<abi>/libx.so``), in APK order."""
        return tuple(f for f in self.files if f.startswith("lib/") and f.endswith(".so"))

    @property
    def native_lib_names(self) -> tuple[str, ...]:
        """File names of native libraries, each once (``libx.so``)."""
        seen: dict[str, None] = {}
        for f in self.native_libs:
            seen.setdefault(f.rsplit("/", 1)[-1], None)
        return tuple(seen)

    @property
    def assets(self) -> tuple[str, ...]:
        return tuple(f for f in self.files if f.startswith("assets/"))

    # -- code ---------------------------------------------------------------
    @property
    def code_readable(self) -> bool:
        """False when code-based rules cannot trust the DEX (packed, corrupt, absent)."""
        return self.code_blocker is None

    @property
    def code_blocker(self) -> str | None:
        """Why the code cannot be analysed, or None when it can."""
        if self.packer is not None:
            return f"the code is packed by {self.packer.describe()}"
        if self.dex_errors:
            return "the DEX code could not be read (" + "; ".join(self.dex_errors) + ")"
        if not self.dex_files:
            return "the APK contains no classes.dex"
        return None

    def sdk(self, sdk_id: str) -> SdkMatch | None:
        """The detected SDK with catalogue id ``sdk_id``, if present."""
        for match in self.sdks:
            if match.sdk.id == sdk_id:
                return match
        return None

    def sdk_of_class(self, class_name: str) -> SdkMatch | None:
        """The detected SDK whose package owns ``class_name`` (Java or DEX form)."""
        from .sdks import owner_of_class, prefix_owners

        cached = self.__dict__.get("_sdk_prefixes")
        if cached is None or cached[0] is not self.sdks:
            cached = self.__dict__["_sdk_prefixes"] = (self.sdks, prefix_owners(self.sdks))
        return owner_of_class(self.sdks, class_name, cached[1])

    @property
    def own_packages(self) -> tuple[str, ...]:
        """Package prefixes of the app's own code: its package and those of its Application class
        and launcher activity (an app's code may live outside its applicationId)."""
        prefixes = {self.package}
        for name in (self.application_class, self.launcher_activity):
            if name and "." in name:
                prefixes.add(".".join(name.split(".")[:-1][:3]))
        return tuple(sorted(p for p in prefixes if p))

    def code_owner(self, class_name: str) -> tuple[str, str, SdkMatch | None]:
        """Who is responsible for a class, for messages: (English, Chinese, SDK match or None).

        A catalogued SDK; else the app's own code; else a library named by its package
        (``library androidx.appcompat``).
        """
        from .code import java_name

        match = self.sdk_of_class(class_name)
        if match is not None:
            return match.sdk.name_en, match.sdk.name_zh, None if match is None else match
        name = java_name(class_name)
        if any(name == p or name.startswith(p + ".") for p in self.own_packages):
            return "the app's own code", "应用自身代码", None
        package = name.rsplit(".", 1)[0] if "." in name else ""
        if package and all(len(part) <= 2 for part in package.split(".")):
            return f"obfuscated code ({package})", f"混淆代码（{package}）", None
        library = ".".join(name.split(".")[:2]) if name.count(".") >= 2 else name
        return f"library code ({library})", f"第三方库代码（{library}）", None

    def sdk_of_component(self, component: Component) -> SdkMatch | None:
        """The SDK that ships a manifest component: by exact catalogue name, else by package."""
        for match in self.sdks:
            if component.name in match.sdk.components:
                return match
        return self.sdk_of_class(component.name)

    def dex_bytes(self, dex_name: str) -> bytes:
        """The raw bytes of one DEX file, read from the APK on first use (for analyses that
        need a method's full bytecode, such as consent-guard detection)."""
        cache = self.__dict__.setdefault("_dex_bytes", {})
        if dex_name not in cache:
            import zipfile

            try:
                with zipfile.ZipFile(self.path) as zf:
                    cache[dex_name] = zf.read(dex_name)
            except (zipfile.BadZipFile, KeyError, OSError):
                from .container import Container

                cache[dex_name] = Container(self.path).read(dex_name)
        return cache[dex_name]

    def __repr__(self) -> str:
        return f"<App {self.package} {self.version_name} ({self.name})>"
