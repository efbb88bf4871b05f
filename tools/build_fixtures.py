"""Build the fixture APKs under tests/apps from their smali + manifest sources.

Usage:
    python tools/build_fixtures.py            # rebuild every app whose sources changed, and the bad inputs
    python tools/build_fixtures.py --all      # rebuild every app
    python tools/build_fixtures.py NAME ...   # rebuild the named apps
    python tools/build_fixtures.py --check    # verify the committed APKs match their sources (no Java needed)

Each app is a folder ``tests/apps/NAME/`` (AndroidManifest.xml, apktool.yml,
smali/…, optional smali_classes2/, assets/, lib/, res/, and a one-line
README.md saying what the app contains and what the rules must say about
it); the built APK is ``tests/apps/NAME.apk``.  Building needs Debian's
``apktool`` (``apt-get install apktool``).

``tests/apps/fixtures.lock.json`` records, per app, a digest of its sources
and a digest of the built APK's *contents* (entry names and bytes; ZIP
timestamps vary between builds).  ``--check`` recomputes both, so a source
edited without rebuilding is caught in CI without Java.

The broken inputs in ``tests/apps/bad/`` are written with Python's zipfile
and fixed timestamps from a built app, so they are byte-for-byte
reproducible.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ROOT / "tests" / "apps"
BAD = APPS / "bad"
LOCK = APPS / "fixtures.lock.json"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
BAD_BASE = "clean_app"  # the healthy app the broken inputs are derived from


def source_digest(app_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in app_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(app_dir).as_posix()
        if rel.startswith("build/") or rel.startswith("dist/"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def content_digest(apk: Path) -> str:
    digest = hashlib.sha256()
    with zipfile.ZipFile(apk) as zf:
        for name in sorted(zf.namelist()):
            digest.update(name.encode() + b"\0" + zf.read(name) + b"\0")
    return digest.hexdigest()


def app_dirs() -> list[Path]:
    return sorted(p for p in APPS.iterdir() if (p / "apktool.yml").is_file())


def build_app(app_dir: Path) -> None:
    if shutil.which("apktool") is None:
        sys.exit("apktool is not installed: apt-get install -y apktool")
    out = APPS / f"{app_dir.name}.apk"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / app_dir.name
        shutil.copytree(app_dir, work, ignore=shutil.ignore_patterns("README.md", "build", "dist"))
        result = subprocess.run(
            ["apktool", "b", str(work), "-o", str(out)], capture_output=True, text=True, check=False
        )
    if result.returncode != 0 or not out.exists():
        sys.exit(f"apktool failed for {app_dir.name}:\n{result.stdout}\n{result.stderr}")
    print(f"built {out.relative_to(ROOT)}")


def _write_zip(path: Path, entries: list[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)


def build_bad_inputs() -> None:
    """Broken inputs, each a different way a build can be unreadable."""
    base = APPS / f"{BAD_BASE}.apk"
    BAD.mkdir(exist_ok=True)
    with zipfile.ZipFile(base) as zf:
        entries = [(n, zf.read(n)) for n in zf.namelist()]
    manifest = dict(entries)["AndroidManifest.xml"]
    dex = dict(entries)["classes.dex"]
    (BAD / "not_a_zip.apk").write_bytes(b"This is a build log, not an APK.\n" * 4)
    (BAD / "empty.apk").write_bytes(b"")
    # Cut a copy re-written with fixed timestamps, not the apktool output (its ZIP times change every build).
    _write_zip(BAD / "truncated.apk", entries)
    whole = (BAD / "truncated.apk").read_bytes()
    (BAD / "truncated.apk").write_bytes(whole[: len(whole) // 2])
    _write_zip(BAD / "no_manifest.apk", [(n, d) for n, d in entries if n != "AndroidManifest.xml"])
    _write_zip(
        BAD / "garbage_manifest.apk",
        [("AndroidManifest.xml", manifest[:8] + bytes(range(256)) * 4), ("classes.dex", dex)],
    )
    _write_zip(
        BAD / "text_manifest.apk",
        [("AndroidManifest.xml", b'<?xml version="1.0"?>\n<manifest package="com.example"/>\n'), ("classes.dex", dex)],
    )
    corrupt = bytearray(dex)
    corrupt[0x38:0x70] = b"\xff" * 0x38  # every table offset and size points past the end
    _write_zip(BAD / "corrupt_dex.apk", [(n, bytes(corrupt) if n == "classes.dex" else d) for n, d in entries])
    _write_zip(
        BAD / "encrypted_dex.apk",
        [(n, hashlib.sha256(d).digest() * (len(d) // 32 + 1) if n == "classes.dex" else d) for n, d in entries],
    )
    print(f"wrote broken inputs to {BAD.relative_to(ROOT)}")


def lock_entries() -> dict[str, dict[str, str]]:
    lock = {}
    for app_dir in app_dirs():
        apk = APPS / f"{app_dir.name}.apk"
        lock[app_dir.name] = {
            "sources": source_digest(app_dir),
            "apk_contents": content_digest(apk) if apk.exists() else "",
        }
    for bad in sorted(BAD.glob("*.apk")) if BAD.exists() else []:
        lock[f"bad/{bad.name}"] = {"sha256": hashlib.sha256(bad.read_bytes()).hexdigest()}
    return lock


def check() -> int:
    """0 if every committed APK matches its sources and the lock file, else 1 (with reasons)."""
    if not LOCK.exists():
        print(f"{LOCK.relative_to(ROOT)} is missing: run tools/build_fixtures.py")
        return 1
    recorded = json.loads(LOCK.read_text())
    current = lock_entries()
    problems = []
    for name in sorted(set(recorded) | set(current)):
        if name not in recorded:
            problems.append(f"{name}: not in the lock file (new fixture not built?)")
        elif name not in current:
            problems.append(f"{name}: in the lock file but its sources are gone")
        elif recorded[name] != current[name]:
            what = (
                "sources changed since the APK was built"
                if recorded[name].get("sources") != current[name].get("sources")
                else "APK differs from the one built from these sources"
            )
            problems.append(f"{name}: {what}")
    for p in problems:
        print(p)
    if problems:
        print("Rebuild with: python tools/build_fixtures.py")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="apps to rebuild")
    parser.add_argument("--all", action="store_true", help="rebuild every app")
    parser.add_argument("--check", action="store_true", help="only verify the lock file")
    args = parser.parse_args()
    if args.check:
        return check()
    recorded = json.loads(LOCK.read_text()) if LOCK.exists() else {}
    built: set[str] = set()
    for app_dir in app_dirs():
        stale = recorded.get(app_dir.name, {}).get("sources") != source_digest(app_dir)
        if (
            args.all
            or app_dir.name in args.names
            or (not args.names and (stale or not (APPS / f"{app_dir.name}.apk").exists()))
        ):
            build_app(app_dir)
            built.add(app_dir.name)
    if (APPS / f"{BAD_BASE}.apk").exists():
        build_bad_inputs()
    # Only apps built in this run get a fresh entry: recording the current source digest of an app
    # that was not rebuilt would mark its edited sources as built.  Re-read the lock so entries written
    # meanwhile by another run are kept.
    recorded = json.loads(LOCK.read_text()) if LOCK.exists() else {}
    lock = {}
    for name, entry in lock_entries().items():
        if name.startswith("bad/") or name in built:
            lock[name] = entry
        elif name in recorded:
            lock[name] = recorded[name]
    LOCK.write_text(json.dumps(lock, indent=1, sort_keys=True) + "\n")
    print(f"updated {LOCK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
