"""Ingest leases: rows in the store's ``meta`` table saying that an ingest is running.

An ingest (``corpus.sync``) takes a lease when it starts extracting, renews it at every
committed batch (and at most every ``RENEW_SECONDS`` as articles are extracted), and drops it
when it ends, however it ends (an error, Ctrl-C). So readers (the dashboard) can tell that
the store is still filling up, and how many articles have been stored so far.

A lease cannot outlive its ingest for long: one not renewed for ``LEASE_SECONDS`` has expired
(the process was killed with ``kill -9``, ran out of memory, lost power, or hangs), and one
whose process no longer exists on this machine (same host name and PID namespace) is stale at
once. Readers only read leases and ignore stale ones; the next ingest deletes them.

Taking, renewing and dropping a lease never fails an ingest: a store that cannot be written
fails at its commit, with that error.
"""
from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .store_errors import StoreError

if TYPE_CHECKING:
    from .store import Store

LEASE_SECONDS = 120.0  # a lease not renewed for this long has expired (its ingest is gone)
RENEW_SECONDS = 10.0  # renewed at least this often while articles are being extracted
_PREFIX = "ingest-lease:"

Clock = Callable[[], float]


def wall_clock() -> float:
    """Seconds since the epoch: leases are compared across processes (tests replace this)."""
    return time.time()


def _where() -> str:
    """This machine and PID namespace: where a lease's process id means something."""
    try:
        namespace = os.readlink("/proc/self/ns/pid")
    except OSError:
        namespace = ""
    return f"{socket.gethostname()}/{namespace}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


@dataclass(frozen=True)
class Lease:
    """One running ingest, as its last renewal wrote it (times: seconds since the epoch)."""

    key: str
    pid: int
    where: str
    started: float
    renewed: float
    stored: int  # articles it added or updated so far

    def stale(self, now: float) -> bool:
        """Expired, or its process is gone from this machine."""
        return now - self.renewed > LEASE_SECONDS or (self.where == _where() and not _alive(self.pid))


def running(store: Store, now: float | None = None) -> list[Lease]:
    """The store's live leases, oldest first; empty when no ingest is running."""
    now = wall_clock() if now is None else now
    return [lease for lease in _leases(store) if not lease.stale(now)]


def _leases(store: Store) -> list[Lease]:
    with store.reading() as db:
        rows = db.execute("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key", (_PREFIX + "%",)).fetchall()
    leases = []
    for key, value in rows:
        try:
            data = json.loads(value)
            leases.append(Lease(key=key, pid=int(data["pid"]), where=str(data["where"]),
                                started=float(data["started"]), renewed=float(data["renewed"]),
                                stored=int(data["stored"])))
        except (ValueError, KeyError, TypeError):  # not written by this module: ignored
            continue
    return sorted(leases, key=lambda lease: lease.started)


class IngestLease:
    """``with IngestLease(store) as lease: ... lease.renew(stored)``; the lease is gone after the block
    (or ``take()`` … ``drop()``, which is safe to call when nothing was taken)."""

    def __init__(self, store: Store, clock: Clock | None = None):
        self.store, self._clock = store, clock
        self.key = f"{_PREFIX}{os.getpid()}:{id(self):x}:{self.clock():.6f}"
        self.started = self.renewed = 0.0
        self.stored = 0
        self.held = False

    def clock(self) -> float:
        return (self._clock or wall_clock)()

    def __enter__(self) -> IngestLease:
        return self.take()

    def __exit__(self, *exc) -> None:
        self.drop()

    def take(self) -> IngestLease:
        now = self.clock()
        self.started = now
        stale = [lease.key for lease in self._quietly(lambda: _leases(self.store), []) if lease.stale(now)]
        self.held = self._quietly(lambda: self._write(now, stale), False)
        return self

    def renew(self, stored: int | None = None, *, force: bool = False) -> None:
        """Note progress (``stored``: articles committed so far); written at once when ``force``
        or ``stored`` changed, else at most every ``RENEW_SECONDS``."""
        if not self.held:
            return
        now = self.clock()
        changed = stored is not None and stored != self.stored
        if stored is not None:
            self.stored = stored
        if force or changed or now - self.renewed >= RENEW_SECONDS:
            self._quietly(lambda: self._write(now, []), False)

    def drop(self) -> None:
        if self.held:
            self._quietly(self._delete, None)
            self.held = False

    def _write(self, now: float, stale: list[str]) -> bool:
        value = json.dumps({"pid": os.getpid(), "where": _where(), "started": self.started, "renewed": now,
                            "stored": self.stored})
        with self.store._write() as db:  # the store's own write transaction (this package's)
            db.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in stale])
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (self.key, value))
        self.renewed = now
        return True

    def _delete(self) -> None:
        with self.store._write() as db:
            db.execute("DELETE FROM meta WHERE key = ?", (self.key,))

    @staticmethod
    def _quietly(action: Callable, failed):
        try:
            return action()
        except (sqlite3.Error, StoreError, OSError):  # the ingest itself reports what is wrong with the store
            return failed
