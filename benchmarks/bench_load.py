"""Time pytest-pipl on a real APK, next to androguard's full analysis and dexdump.

Usage:
    python benchmarks/bench_load.py APP.apk [APP2.apk …] [--repeat 3] [--skip-androguard] [--json OUT]

For every APK it runs, each in a fresh subprocess so imports count as they
would for a user:

- cold load:   ``pytest_pipl.load_app`` with an empty cache directory
- warm load:   the same with the cache filled
- pytest cold: ``pytest --pipl APP`` with an empty ``--pipl-cache-dir`` (the whole built-in suite)
- pytest warm: the same again
- androguard:  ``APK`` + ``DEX`` for every classes*.dex + ``Analysis.create_xref`` (what "full analysis" costs)
- dexdump:     ``dexdump -d APP > /dev/null`` (Debian package ``dexdump``), the native disassembler
- pre-consent: the pre-consent analysis alone (entry points, call graph walk, consent boundary, the sites
               the three consent rules report), timed inside the process after a warm load

Wall time is the median of ``--repeat`` runs (androguard runs once: it is slow).
Peak memory is sampled from /proc every 10 ms over the whole process tree:
"peak RSS" is the largest single process, "tree RSS" the largest sum over
processes at one instant (it counts pages forked workers share with their
parent twice, so it is an upper bound).  Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable

LOAD = """
import sys, pytest_pipl
app = pytest_pipl.load_app(sys.argv[1], cache_dir=sys.argv[2])
print(app.package, app.code.class_count, len(app.sdks))
"""

PRECONSENT = """
import sys, time, pytest_pipl
from pytest_pipl.analysis.preconsent import PreConsent
app = pytest_pipl.load_app(sys.argv[1], cache_dir=sys.argv[2])
start = time.perf_counter()
analysis = PreConsent(app)
found = len(analysis.personal_info_sites) + len(analysis.permission_requests) + len(analysis.sdk_inits)
print(f"{time.perf_counter() - start:.3f} {len(analysis.methods())} {found}")
"""

ANDROGUARD = """
import sys
from loguru import logger
logger.disable("androguard")
from androguard.core.apk import APK
from androguard.core.dex import DEX
from androguard.core.analysis.analysis import Analysis
apk = APK(sys.argv[1])
dx = Analysis()
for raw in apk.get_all_dex():
    dx.add(DEX(raw, using_api=apk.get_target_sdk_version()))
dx.create_xref()
print(len(list(dx.get_classes())))
"""


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(largest process RSS, sum of RSS) in KiB over ``root`` and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(children.get(pid, []))
    values = [rss.get(p, 0) for p in seen]
    return max(values, default=0), sum(values)


def measure(cmd: list[str], stdout: object = subprocess.DEVNULL, cwd: str | None = None) -> dict[str, float]:
    """Run ``cmd``; wall seconds, peak single-process RSS and peak tree RSS in MB, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=cwd)
    peak = tree = 0
    while proc.poll() is None:
        one, total = _tree_rss_kb(proc.pid)
        peak, tree = max(peak, one), max(tree, total)
        time.sleep(0.01)
    wall = time.perf_counter() - start
    return {"seconds": wall, "peak_rss_mb": peak / 1024, "tree_rss_mb": tree / 1024, "exit": proc.returncode}


def median_run(make_cmd, repeat: int, prepare=None, **kw) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        if prepare:
            prepare()
        runs.append(measure(make_cmd(), **kw))
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "tree_rss_mb": max(r["tree_rss_mb"] for r in runs),
        "exit": runs[-1]["exit"],
        "runs": [round(r["seconds"], 3) for r in runs],
    }


def bench(apk: str, repeat: int, androguard: bool) -> dict[str, dict]:
    apk = os.path.abspath(apk)
    cache = tempfile.mkdtemp(prefix="pipl-bench-")
    workdir = tempfile.mkdtemp(prefix="pipl-bench-run-")

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)

    pytest_cmd = [PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--pipl", apk, "--pipl-cache-dir", cache]
    results: dict[str, dict] = {}
    results["load cold"] = median_run(lambda: [PY, "-c", LOAD, apk, cache], repeat, prepare=clear)
    results["load warm"] = median_run(lambda: [PY, "-c", LOAD, apk, cache], repeat)
    results["pytest --pipl cold"] = median_run(lambda: pytest_cmd, repeat, prepare=clear, cwd=workdir)
    results["pytest --pipl warm"] = median_run(lambda: pytest_cmd, repeat, cwd=workdir)
    analysis = []
    for _ in range(repeat):
        out = subprocess.run([PY, "-c", PRECONSENT, apk, cache], capture_output=True, text=True).stdout.split()
        analysis.append(out)
    seconds = statistics.median(float(a[0]) for a in analysis)
    results["pre-consent analysis"] = {
        "seconds": seconds,
        "peak_rss_mb": float("nan"),
        "tree_rss_mb": float("nan"),
        "exit": 0,
        "methods_reached": int(analysis[-1][1]),
        "sites": int(analysis[-1][2]),
    }
    if shutil.which("dexdump"):
        with open(os.devnull, "w") as null:
            results["dexdump -d"] = median_run(lambda: ["dexdump", "-d", apk], repeat, stdout=null)
    if androguard:
        results["androguard APK+DEX+xref"] = median_run(lambda: [PY, "-c", ANDROGUARD, apk], 1)
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(workdir, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apks", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-androguard", action="store_true", help="skip the slow androguard full analysis")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    everything = {}
    for apk in args.apks:
        size = Path(apk).stat().st_size / 1e6
        results = bench(apk, args.repeat, not args.skip_androguard)
        everything[os.path.basename(apk)] = results
        print(f"\n{os.path.basename(apk)} ({size:.1f} MB)")
        print(f"| {'measurement':26} | {'wall s':>7} | {'peak RSS MB':>11} | {'tree RSS MB':>11} | exit |")
        print(f"|{'-' * 28}|{'-' * 9}|{'-' * 13}|{'-' * 13}|------|")
        for name, r in results.items():
            row = f"| {name:26} | {r['seconds']:7.2f} | {r['peak_rss_mb']:11.0f} | {r['tree_rss_mb']:11.0f}"
            print(f"{row} | {r['exit']:4} |")
        if "dexdump -d" in results:
            ratio = results["pytest --pipl cold"]["seconds"] / results["dexdump -d"]["seconds"]
            print(f"pytest --pipl cold / dexdump -d = {ratio:.2f}×")
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
