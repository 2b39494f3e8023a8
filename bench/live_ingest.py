"""Page loads while an ingest runs, run by hand (not in CI): ``python bench/live_ingest.py [--code DIR]``.

A copy of a store holding the shared corpus (``../shared/corpus/*.jsonl``, 272 articles; built
once into ``--base``) is re-ingested with ``python -m diplomap ingest --rebuild`` in a process
of its own, which commits a batch every 32 articles, while this process times page loads of
the dashboard on the same store: a new session's script run (``streamlit.testing.v1.AppTest``,
server side, caches warm), one every ``--every`` seconds (an analyst at work, not a load
test), before the ingest, during it, and after it ends.

``--articles N`` starts from a bigger store instead: the shared corpus's extractions copied
under new ids up to N articles (``bench/store.py``'s ``replicate``, no NLP), the ingest again
re-extracting the 272 originals in it. ``--code DIR`` runs another checkout's ``app.py`` and
``diplomap`` (both sides of a change, on the same store and corpus). Prints each load, whether
it resolved the corpus again (and how long that took), and a summary line.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl"))


def ingest_command(code: Path, store: Path, *, rebuild: bool) -> list[str]:
    return [sys.executable, "-m", "diplomap", "ingest", *map(str, CORPUS_FILES), "--store", str(store)] + (
        ["--rebuild"] if rebuild else [])


RESOLVES: list[float] = []  # seconds of each Store.resolve in this process (the app's)


def count_resolves() -> None:
    """Time every ``Store.resolve`` (the whole corpus resolved again) of the app under test."""
    from diplomap.corpus.store import Store

    real = Store.resolve

    def timed(self, corrections):
        started = time.perf_counter()
        try:
            return real(self, corrections)
        finally:
            RESOLVES.append(time.perf_counter() - started)

    Store.resolve = timed  # type: ignore[method-assign]


def page_load(app: Path) -> tuple[float, bool]:
    """One new session's first script run: (seconds, whether it showed the ingest notice)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(app), default_timeout=300)
    started = time.perf_counter()
    at.run()
    seconds = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception}")
    notice = any("An ingest is adding articles" in str(e.value).replace("\\", "") for e in at.info)
    return seconds, notice


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to run (default: this one)")
    parser.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "diplomap-live-base.db",
                        help="the store with the shared corpus (built once when missing)")
    parser.add_argument("--articles", type=int, default=0, help="replicate the store to N articles first")
    parser.add_argument("--idle", type=int, default=5, help="page loads before the ingest starts")
    parser.add_argument("--after", type=int, default=3, help="page loads after it ends")
    parser.add_argument("--every", type=float, default=2.0, help="seconds from one page load to the next")
    args = parser.parse_args()
    code = args.code.resolve()
    if not args.base.exists():
        print(f"building {args.base} (one ingest of the shared corpus)…", file=sys.stderr)
        subprocess.run(ingest_command(code, args.base, rebuild=False), cwd=code, check=True)
    base = args.base
    if args.articles:
        base = args.base.with_name(f"{args.base.stem}-{args.articles}.db")
        if not base.exists():
            print(f"building {base} (replicating to {args.articles} articles)…", file=sys.stderr)
            sys.path.insert(0, str(ROOT / "bench"))
            from store import replicate

            from diplomap.corpus.store import Store
            with Store(args.base, read_only=True) as small, Store(base) as big:
                replicate(small, big, args.articles)
    work = Path(tempfile.mkdtemp(prefix="diplomap-live-"))
    store = work / "live.db"
    shutil.copyfile(base, store)
    os.environ["DIPLOMAP_STORE"] = str(store)
    os.environ["DIPLOMAP_ARTICLES"] = ""
    sys.path.insert(0, str(code))
    app = code / "dashboard.py"  # the page (app.py serves it since 0.5.x; older checkouts: app.py is the page)
    app = app if app.exists() else code / "app.py"
    count_resolves()

    page_load(app)  # imports, the first resolve (or cache read), the layout: not a typical page load
    idle = [page_load(app)[0] for _ in range(args.idle)]
    print("before the ingest: " + " ".join(f"{s:.2f}" for s in idle), flush=True)
    started = time.perf_counter()
    ingest = subprocess.Popen(ingest_command(code, store, rebuild=True), cwd=code,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    during: list[float] = []
    resolving: list[float] = []  # the loads during the ingest that resolved the corpus again
    after: list[float] = []
    noticed = resolves_after = 0
    while ingest.poll() is None:
        time.sleep(max(0.0, args.every - (time.perf_counter() - started) % args.every))
        resolves = len(RESOLVES)
        seconds, notice = page_load(app)
        resolved = RESOLVES[resolves:]
        if ingest.poll() is not None:  # it ended during this load: the first load after it
            after.append(seconds)
            resolves_after += len(resolved)
            break
        during.append(seconds)
        noticed += notice
        if resolved:
            resolving.append(seconds)
        print(f"  during, at {time.perf_counter() - started:5.1f} s: {seconds:.2f} s"
              + (f" (resolved: {sum(resolved):.2f} s)" if resolved else "")
              + (" (notice shown)" if notice else ""), flush=True)
    ingest.wait()
    ingest_seconds = time.perf_counter() - started
    print("ingest: " + (ingest.stderr.read().strip().splitlines() or ["?"])[-1], flush=True)
    resolves = len(RESOLVES)
    after += [page_load(app)[0] for _ in range(args.after - len(after))]
    resolves_after += len(RESOLVES) - resolves
    print("after the ingest: " + " ".join(f"{s:.2f}" for s in after)
          + f" ({resolves_after} resolve(s))", flush=True)
    nan = float("nan")
    print(f"\n{code}: ingest {ingest_seconds:.0f} s; page loads before median {statistics.median(idle):.2f} s; "
          f"during ({len(during)} loads, {noticed} with the notice, {len(resolving)} resolving the corpus) "
          f"median {statistics.median(during) if during else nan:.2f} s, max {max(during, default=nan):.2f} s, "
          f"of those resolving median {statistics.median(resolving) if resolving else nan:.2f} s; "
          f"after: first {after[0]:.2f} s, then median {statistics.median(after[1:] or after):.2f} s; "
          f"resolves in the app: {len(RESOLVES)}, median {statistics.median(RESOLVES) if RESOLVES else nan:.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
