"""Ingest leases (``corpus.ingest_lease``) and the dashboard's corpus during an ingest (``components.state``).

An ingest marks the store while it runs; a killed one's mark goes stale. While one runs, the
app's corpus loader keeps the corpus it shows instead of resolving again after every batch,
and resolves once when the ingest ends, with every new article in it.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from test_store import FakeExtractor, parse, write_articles

from diplomap.corpus import ingest_lease, sync
from diplomap.corpus.formats import content_hash
from diplomap.corpus.ingest_lease import LEASE_SECONDS, IngestLease, running
from diplomap.corpus.store import Store
from diplomap.models import Article


class FakeClock:
    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(ingest_lease, "wall_clock", fake)
    return fake


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.db") as s:
        yield s


def lease_rows(store) -> list[str]:
    with store.reading() as db:
        return [k for (k,) in db.execute("SELECT key FROM meta WHERE key LIKE 'ingest-lease:%'")]


# --- the lease in the store ------------------------------------------------------------------


def test_a_lease_is_set_renewed_and_cleared(store, clock):
    assert running(store) == []
    with IngestLease(store) as lease:
        [live] = running(store)
        assert (live.pid, live.stored, live.started) == (os.getpid(), 0, clock.now)
        clock.now += 5
        lease.renew(32)
        assert running(store)[0].stored == 32 and running(store)[0].renewed == clock.now
        clock.now += 1
        lease.renew()  # throttled: nothing new to say, renewed a second ago
        assert running(store)[0].renewed == clock.now - 1
    assert running(store) == [] and lease_rows(store) == []


def test_a_lease_not_renewed_expires_and_the_next_ingest_removes_it(store, clock):
    IngestLease(store).take()  # never dropped: its ingest stopped answering
    clock.now += LEASE_SECONDS - 1
    assert len(running(store)) == 1
    clock.now += 2
    assert running(store) == []
    assert len(lease_rows(store)) == 1  # readers only read
    with IngestLease(store):
        assert len(lease_rows(store)) == 1  # its own
    assert lease_rows(store) == []


def test_the_lease_of_a_killed_ingest_is_stale(tmp_path, store, monkeypatch):
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from diplomap.corpus.ingest_lease import IngestLease
        from diplomap.corpus.store import Store
        IngestLease(Store({str(store.path)!r})).take()
        print("ready", flush=True)
        time.sleep(600)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        assert [lease.pid for lease in running(store)] == [child.pid]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert running(store) == []  # its process is gone from this machine: stale at once
    monkeypatch.setattr(ingest_lease, "_where", lambda: "another-host/pid:[1]")
    [lease] = running(store)  # seen from another machine: live until it expires
    assert running(store, now=lease.renewed + LEASE_SECONDS + 1) == []


def test_an_ingest_holds_a_lease_while_it_extracts_and_drops_it_however_it_ends(tmp_path, store):
    write_articles(tmp_path / "in", 70)
    seen: list[tuple[int, int]] = []  # (article, articles stored so far by the running ingest)

    def extractor(articles, *, batch_size=16):
        for n, article in enumerate(articles):
            seen.append((n, sum(lease.stored for lease in running(store))))
            yield parse(article)

    report = sync.ingest_paths(store, [tmp_path / "in"], extractor=extractor)
    assert report.added == 70 and running(store) == [] and lease_rows(store) == []
    assert seen[0] == (0, 0) and seen[40] == (40, 32) and seen[69] == (69, 64)

    write_articles(tmp_path / "more", 40, start=100)
    with pytest.raises(RuntimeError):
        sync.ingest_paths(store, [tmp_path / "more"], extractor=FakeExtractor(fail_after=35))
    assert lease_rows(store) == [] and store.counts()["articles"] == 105

    sync.ingest_paths(store, [tmp_path / "in"], extractor=FakeExtractor())  # nothing to extract: no write at all
    assert lease_rows(store) == []


# --- the dashboard's corpus during an ingest ---------------------------------------------------


@pytest.fixture
def tracked(store, monkeypatch):
    """(tracker, resolves): the app's corpus tracker on ``store``, and how often the store resolved."""
    from components import state
    from diplomap.corpus import resolved_cache

    resolves = []
    real = resolved_cache.resolution  # what the store calls to resolve its rows again

    def counting(db, corrections):
        resolves.append(1)
        return real(db, corrections)

    monkeypatch.setattr(resolved_cache, "resolution", counting)
    return state._Tracker(), resolves


def articles(start: int, n: int) -> list[Article]:
    made = []
    for k in range(start, start + n):
        text = (f"Story {k}\nactor leader-{k} | Ann Lee{k} | person | USA | President\n"
                f"actor minister-{k} | Bob Ray{k} | person | GBR |\nmeet leader-{k} minister-{k}\n")
        made.append(Article(id=f"b{k:03d}", text=text, content_hash=content_hash(text)))
    return made


def test_the_app_does_not_re_resolve_between_batches_and_does_once_when_the_ingest_ends(store, clock, tracked):
    tracker, resolves = tracked
    sync.ingest_articles(store, articles(0, 3), extractor=FakeExtractor())
    first = tracker.load(store, clock())
    assert len(first.articles) == 3 and len(resolves) == 1 and not tracker.held
    during = []

    def extractor(batch, *, batch_size=16):
        for n, article in enumerate(batch):
            if n in (40, 70, 99):  # after the first, second and third commit of 32
                clock.now += 1
                during.append((tracker.load(store, clock()), len(resolves), tracker.held, tracker.count))
            yield parse(article)

    sync.ingest_articles(store, articles(3, 100), extractor=extractor)
    assert store.counts()["articles"] == 103
    assert [(corpus is first, n, held, count) for corpus, n, held, count in during] == [(True, 1, True, 1)] * 3
    assert tracker.behind(store, clock())  # the notice reruns the page now

    after = tracker.load(store, clock())
    assert len(after.articles) == 103 and len(resolves) == 2 and not tracker.held and tracker.count == 2
    assert tracker.load(store, clock()) is after and len(resolves) == 2


def test_during_a_long_ingest_the_app_resolves_at_most_every_hold_seconds_or_when_asked(store, clock, tracked):
    from components.state import HOLD_SECONDS

    tracker, resolves = tracked
    sync.ingest_articles(store, articles(0, 3), extractor=FakeExtractor())
    tracker.load(store, clock())
    with IngestLease(store) as lease:  # an ingest in another process, committing now and then
        store.commit([(a, parse(a)) for a in articles(3, 5)])
        lease.renew(5)
        clock.now += HOLD_SECONDS - 1
        lease.renew(5, force=True)
        assert len(tracker.load(store, clock()).articles) == 3 and len(resolves) == 1
        assert not tracker.behind(store, clock())
        clock.now += 1
        assert tracker.behind(store, clock())
        assert len(tracker.load(store, clock()).articles) == 8 and len(resolves) == 2  # once
        store.commit([(a, parse(a)) for a in articles(8, 5)])
        clock.now += 10
        lease.renew(10)
        assert len(tracker.load(store, clock()).articles) == 8 and len(resolves) == 2
        tracker.refresh = True  # "Refresh now"
        assert len(tracker.load(store, clock()).articles) == 13 and len(resolves) == 3
        assert not tracker.behind(store, clock())
        store.commit([(a, parse(a)) for a in articles(13, 2)])
        store.corrections_path.write_text("hide: {}\n", encoding="utf-8")  # an analyst's correction
        assert len(tracker.load(store, clock()).articles) == 15 and len(resolves) == 4
        store.commit([(a, parse(a)) for a in articles(15, 2)])
        assert not tracker.behind(store, clock())
    assert tracker.behind(store, clock())  # ended after the last load: its last batch is not shown yet
    assert len(tracker.load(store, clock()).articles) == 17 and len(resolves) == 5
    assert not tracker.behind(store, clock())


def test_a_killed_ingest_does_not_hold_the_app_back_for_long(store, clock, tracked):
    tracker, resolves = tracked
    sync.ingest_articles(store, articles(0, 3), extractor=FakeExtractor())
    tracker.load(store, clock())
    IngestLease(store).take()  # its ingest stops renewing it
    store.commit([(a, parse(a)) for a in articles(3, 5)])
    assert len(tracker.load(store, clock()).articles) == 3
    clock.now += LEASE_SECONDS + 1
    assert tracker.behind(store, clock())
    assert len(tracker.load(store, clock()).articles) == 8 and len(resolves) == 2


def notices(at) -> str:
    return " ".join(i.value.replace("\\", "") for i in at.info)  # unescaped


def test_the_page_shows_the_ingest_and_refreshes_on_request_or_when_it_ends(tmp_path, open_app):
    path = tmp_path / "store.db"
    with Store(path) as writer:
        sync.ingest_articles(writer, articles(0, 3), extractor=FakeExtractor())
        lease = IngestLease(writer).take()  # an ingest in another process
        at = open_app({"store": path, "articles": ""})
        assert "3 articles" in at.caption[0].value
        assert "An ingest is adding articles: 0 so far" in notices(at)

        writer.commit([(a, parse(a)) for a in articles(3, 32)])
        lease.renew(32)
        at.run()
        assert "3 articles" in at.caption[0].value  # the batch is not resolved in yet
        assert "An ingest is adding articles: 32 so far" in notices(at)
        at.button(key="ingest_refresh").click().run()
        assert "35 articles" in at.caption[0].value and not at.exception

        writer.commit([(a, parse(a)) for a in articles(35, 5)])
        lease.drop()
        at.run()
        assert "40 articles" in at.caption[0].value
        assert "An ingest is adding" not in notices(at)
