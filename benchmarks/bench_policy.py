"""Time the privacy-policy side: reading policies, finding a bundled one, and the five policy rules.

    python benchmarks/bench_policy.py [--apk APP.apk] [--corpus DIR] [--repeat N]

- **read + SDK names** — ``load_policy`` and the SDK-name search for every policy under ``tests/policies``
  (and every document of ``--corpus``), per document: decoding, parsing, indexing, matching 383 SDKs' aliases;
- **bundled search** — finding the policy in each fixture app that bundles one (assets, res/raw, strings);
- **rules on APP** — the five PIPL-POLICY rules on a warm-loaded ``--apk`` with ``tests/policies/news_full.html``
  (the first rule pays for the review; PIPL-POLICY-003 pays for the whole-app collection index, shared with
  PIPL-PERM-001), and the bundled-policy search on that APK.

Medians of ``--repeat`` runs, in one process (imports excluded).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_pipl import load_app  # noqa: E402
from pytest_pipl.assertions import check_rule  # noqa: E402
from pytest_pipl.knowledge.bundle import Knowledge  # noqa: E402
from pytest_pipl.policy import PolicyNotFound, load_policy  # noqa: E402
from pytest_pipl.policy.sdk_names import sdk_names_in  # noqa: E402

POLICY_RULES = [f"PIPL-POLICY-00{n}" for n in range(1, 6)]


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apk", type=Path)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sdks = Knowledge.builtin().sdks
    documents = sorted(p for p in (ROOT / "tests" / "policies").rglob("*") if p.suffix in (".html", ".md", ".txt"))
    if args.corpus:
        documents += sorted(p for p in args.corpus.iterdir() if p.suffix in (".html", ".md", ".txt"))
    times = [_median(lambda p=p: sdk_names_in(load_policy(p), sdks), args.repeat) for p in documents]
    chars = sum(d.chars for p in documents for d in load_policy(p).documents)
    median, slowest = statistics.median(times) * 1000, max(times) * 1000
    print(
        f"read + SDK names: {len(documents)} documents, {chars:,} characters: "
        f"median {median:.1f} ms, max {slowest:.1f} ms"
    )
    bundled = sorted((ROOT / "tests" / "apps").glob("policy_*.apk"))
    search = []
    for apk in bundled:
        app = load_app(apk)

        def find(app=app):
            with contextlib.suppress(PolicyNotFound):
                load_policy(app=app)

        search.append(_median(find, args.repeat))
    print(f"bundled search: {len(bundled)} fixture apps: median {statistics.median(search) * 1000:.1f} ms")
    if args.apk:
        with tempfile.TemporaryDirectory() as cache:
            load_app(args.apk, cache_dir=cache)
            app = load_app(args.apk, cache_dir=cache)
            policy = load_policy(ROOT / "tests" / "policies" / "news_full.html")
            line = []
            for rule in POLICY_RULES:
                start = time.perf_counter()
                check_rule(app, rule, policy=policy)
                line.append(f"{rule[-3:]} {(time.perf_counter() - start) * 1000:.0f} ms")
            print(f"rules on {args.apk.name} (warm load, first run each): " + ", ".join(line))

            def find() -> None:
                with contextlib.suppress(PolicyNotFound):
                    load_policy(app=app)

            print(f"bundled search on {args.apk.name}: {_median(find, args.repeat) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
