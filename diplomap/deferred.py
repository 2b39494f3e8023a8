"""Read-only containers whose contents are computed on first use, once, by whichever thread asks first.

A restarted dashboard shows its first view from a disk cache (``components/first_view_cache.py``): it
needs the corpus's actors and quotes, but not the 100,000 articles' metadata or the 135,000
interactions, whose reading was most of what was left of the server's warm-up. A ``Corpus`` can hold
these containers instead of a dict and a list (``corpus/deferred_read.py`` fills them from the store):
code that reads them sees a ``Mapping`` and a ``Sequence`` like any other and waits for the contents
the first time, so nothing shows a half-read corpus.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class Once(Generic[T]):
    """``compute()``, run the first time ``get`` is called and kept (a failure is raised, and retried next time)."""

    def __init__(self, compute: Callable[[], T]):
        self._compute: Callable[[], T] | None = compute
        self._lock = threading.Lock()
        self._value: T | None = None
        self._done = False

    @property
    def done(self) -> bool:
        return self._done

    def get(self) -> T:
        if not self._done:  # checked again under the lock: one thread computes, the others wait for it
            with self._lock:
                if not self._done and self._compute is not None:
                    self._value = self._compute()
                    self._done, self._compute = True, None  # what it needed (a connection, a corpus) is let go
        return self._value  # type: ignore[return-value]


class DeferredMapping(Mapping[K, V]):
    """A read-only dict computed on first use. Until then, ``lookup(key)`` (the value, or None: absent)
    may answer one key at a time (an indexed query) without computing the whole."""

    __slots__ = ("_once", "_lookup")

    def __init__(self, compute: Callable[[], Mapping[K, V]] | Once[Mapping[K, V]], *,
                 lookup: Callable[[K], V | None] | None = None):
        self._once = compute if isinstance(compute, Once) else Once(compute)
        self._lookup = lookup

    @property
    def ready(self) -> bool:
        """Whether the whole dict has been computed."""
        return self._once.done

    def _early(self, key: K) -> V | None:
        """``lookup(key)`` while the dict is not computed yet; else (or without a lookup) from the dict."""
        if self._lookup is not None and not self._once.done:
            return self._lookup(key)
        return self._once.get().get(key)

    def __getitem__(self, key: K) -> V:
        value = self._early(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        value = self._early(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return self._early(key) is not None  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[K]:
        return iter(self._once.get())

    def __len__(self) -> int:
        return len(self._once.get())

    def keys(self):  # the dict's own views: iterated at C speed (``dict(m.items())``)
        return self._once.get().keys()

    def items(self):
        return self._once.get().items()

    def values(self):
        return self._once.get().values()

    def __eq__(self, other) -> bool:
        if isinstance(other, Mapping):
            return dict(self._once.get().items()) == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):  # pickled as the plain dict it stands for
        return dict, (dict(self._once.get().items()),)

    def __repr__(self) -> str:
        return f"DeferredMapping({self._once.get()!r})" if self._once.done else "DeferredMapping(<not read yet>)"


class DeferredList(Sequence[T]):
    """A read-only list computed on first use; compares equal to a list of the same items."""

    __slots__ = ("_once",)

    def __init__(self, compute: Callable[[], Sequence[T]] | Once[Sequence[T]]):
        self._once = compute if isinstance(compute, Once) else Once(compute)

    @property
    def ready(self) -> bool:
        return self._once.done

    def __getitem__(self, index):
        return self._once.get()[index]

    def __len__(self) -> int:
        return len(self._once.get())

    def __iter__(self) -> Iterator[T]:
        return iter(self._once.get())

    def __eq__(self, other) -> bool:
        if isinstance(other, DeferredList | list | tuple):
            return list(self._once.get()) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return list, (list(self._once.get()),)

    def __repr__(self) -> str:
        return f"DeferredList({self._once.get()!r})" if self._once.done else "DeferredList(<not read yet>)"


def whole(mapping: Mapping[K, V]) -> Mapping[K, V]:
    """The mapping itself, or a deferred one's computed contents (computing them): for a loop of many
    lookups, each of which would otherwise be a few Python calls more."""
    return mapping._once.get() if isinstance(mapping, DeferredMapping) else mapping


def ready(container: object) -> bool:
    """False for a deferred container not computed yet; True for anything else."""
    return getattr(container, "ready", True) if isinstance(container, DeferredMapping | DeferredList) else True
