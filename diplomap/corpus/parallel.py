"""Extraction on a Dask cluster: a local one (worker processes on this machine) or an existing one.

Articles go to the workers in batches of ``batch`` articles (one task each, at most a few
per worker in flight, so a large archive is read as it goes, never all at once); each
worker process loads the spaCy model once (``LoadModel``, a worker plugin, which also keeps
model loading out of the first task); results stream back as tasks finish
(``distributed.as_completed``) and are handed on in input order or as they come.

The output is the same as in process: a batch is parsed by the same ``extract_articles``
with the same spaCy ``batch_size``, and ``batch`` is a multiple of it, so spaCy sees the
same sub-batches as in one process. Articles travel to the workers; extractions come back
without the article text (the caller holds the articles and puts them back).

Without ``dask[distributed]`` installed, or with one worker and no scheduler, everything
runs in this process as before.
"""
from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import chain, islice
from typing import Any

from ..models import Article, Extraction

DEFAULT_BATCH = 64  # articles per task: large enough that scheduling costs little, a multiple of NLP_BATCH
NLP_BATCH = 16  # spaCy's own batch inside a task (``pipeline.extract_articles(batch_size=...)``)
AUTO_MIN_ARTICLES = 500  # with the default worker count, fewer articles to extract run in process:
# starting the workers and loading the model in each costs more than the second core saves

try:  # dask[distributed] is optional at run time: without it, extraction stays in process
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - exercised only where dask is not installed
    _WorkerPlugin = object  # type: ignore[assignment,misc]


def dask_available() -> bool:
    return _WorkerPlugin is not object


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class LoadModel(_WorkerPlugin):
    """Loads the spaCy model and the knowledge files when a worker starts (or joins later)."""

    name = "diplomap-load-model"

    def setup(self, worker=None) -> None:
        warm_up()


def warm_up() -> None:
    """Load what every extraction needs, once per process (``load_model`` is cached)."""
    from ..extract.knowledge import load_knowledge
    from ..extract.nlp import load_model

    load_model()
    load_knowledge()


def extract_batch(articles: list[Article], batch_size: int = NLP_BATCH) -> list[Extraction]:
    """A worker's task: the extractions of one batch, in order, their articles without text."""
    from ..extract.pipeline import extract_articles

    return [replace(e, article=replace(e.article, text="")) for e in extract_articles(articles, batch_size=batch_size)]


@contextmanager
def open_client(workers: int | None = None, scheduler: str | None = None):
    """A ``distributed.Client`` on ``scheduler`` (an existing cluster), else on a new LocalCluster
    of ``workers`` single-threaded processes (default: the machine's cores); closed on exit."""
    from distributed import Client

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = local_cluster(workers or default_workers())
        client = Client(cluster)
    try:
        client.register_plugin(LoadModel())  # runs on every worker now and on any that joins later
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# Dask's nanny starts every worker with MALLOC_TRIM_THRESHOLD_=65536, so that glibc hands freed
# memory back to the system at once; spaCy allocates and frees so much that this costs it about a
# fifth of its speed (bench/extract.py over the corpus: 27.1 s without, 32.4 s with the variable).
# Our workers keep glibc's own adaptive threshold (None unsets a variable in Dask's config).
WORKER_ENVIRON = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


def local_cluster(workers: int):
    """A ``LocalCluster`` of ``workers`` single-threaded processes, started with ``WORKER_ENVIRON``
    (a MALLOC_TRIM_THRESHOLD_ set in this process's environment still wins: Dask reads it first)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_ENVIRON):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                            silence_logs=logging.ERROR)


def map_batches(client, task: Callable[..., Any], batches: Iterable[Any], *args,
                ordered: bool = True, window: int | None = None, name: str = "diplomap") -> Iterator[tuple[Any, Any]]:
    """(batch, ``task(batch, *args)``) for every batch, run on the cluster with at most ``window``
    tasks in flight (default: twice the workers, so none waits for work), streamed back in input
    order when ``ordered``, else as they finish. Closing the iterator cancels what is left."""
    from distributed import as_completed

    window = window or 2 * max(sum(client.nthreads().values()), 1)
    run = uuid.uuid4().hex[:8]
    batches = iter(batches)
    queued: dict[Any, tuple[int, list[Article]]] = {}
    finished: dict[int, tuple[list[Article], Any]] = {}
    running = as_completed()
    submitted = emitted = 0

    def submit() -> bool:
        nonlocal submitted
        batch = next(batches, None)
        if batch is None:
            return False
        future = client.submit(task, batch, *args, key=f"{name}-{run}-{submitted}", pure=False)
        queued[future] = (submitted, batch)
        running.add(future)
        submitted += 1
        return True

    try:
        while len(queued) < window and submit():
            pass
        for future in running:
            n, batch = queued.pop(future)
            result = future.result()  # a task's exception is raised here, as in process
            future.release()
            submit()
            if not ordered:
                yield batch, result
                continue
            finished[n] = (batch, result)
            while emitted in finished:
                yield finished.pop(emitted)
                emitted += 1
    finally:
        for future in queued:
            future.cancel()


def chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def cluster_extractor(client, *, batch: int = DEFAULT_BATCH, ordered: bool = True):
    """An extractor (like ``pipeline.extract_articles``) that runs on ``client``'s cluster."""

    def extract(articles: Iterable[Article], *, batch_size: int = NLP_BATCH, nlp=None) -> Iterator[Extraction]:
        size = max(batch // batch_size, 1) * batch_size  # whole spaCy batches per task: output as in process
        for articles_, extractions in map_batches(client, extract_batch, chunks(articles, size), batch_size,
                                                  ordered=ordered, name="extract"):
            for article, extraction in zip(articles_, extractions, strict=True):
                extraction.article = article
                yield extraction

    return extract


def _plan(workers: int | None, scheduler: str | None, min_articles: int | None) -> tuple[bool, int, int]:
    """(whether to use a cluster, its workers, articles below which the run stays in process)."""
    auto = workers is None and scheduler is None
    n = default_workers() if workers is None else workers
    threshold = (AUTO_MIN_ARTICLES if min_articles is None else min_articles) if auto else 0
    use = dask_available() and (scheduler is not None or n > 1)
    if not dask_available() and (scheduler or (workers or 1) > 1):
        logging.getLogger(__name__).warning("dask[distributed] is not installed: extracting in process")
    return use, n, threshold


def extractor(workers: int | None = None, scheduler: str | None = None, *, batch: int = DEFAULT_BATCH,
              ordered: bool = True, min_articles: int | None = None):
    """The extractor for ``--workers``/``--scheduler``: in process (``pipeline.extract_articles``) with one
    worker or without dask, else on a cluster opened for the run and closed when it ends.

    ``workers=None`` means the machine's cores, and then a run with fewer than ``min_articles``
    (default ``AUTO_MIN_ARTICLES``) articles to extract stays in process. A given worker count
    or scheduler is always used."""
    use, n, threshold = _plan(workers, scheduler, min_articles)

    def in_process(articles: Iterable[Article], *, batch_size: int = NLP_BATCH, nlp=None) -> Iterator[Extraction]:
        from ..extract import pipeline

        return pipeline.extract_articles(articles, batch_size=batch_size, **({"nlp": nlp} if nlp else {}))

    if not use:
        return in_process

    def extract(articles: Iterable[Article], *, batch_size: int = NLP_BATCH, nlp=None) -> Iterator[Extraction]:
        articles = iter(articles)
        head = list(islice(articles, threshold))
        if len(head) < threshold:  # a small job: not worth starting workers
            yield from in_process(head, batch_size=batch_size, nlp=nlp)
            return
        with open_client(n, scheduler) as client:
            yield from cluster_extractor(client, batch=batch, ordered=ordered)(chain(head, articles),
                                                                                batch_size=batch_size)

    return extract


def run_batches(task: Callable[..., Any], articles: Iterable[Article], *args, workers: int | None = None,
                scheduler: str | None = None, batch: int = DEFAULT_BATCH, ordered: bool = True,
                min_articles: int | None = None) -> Iterator[tuple[list[Article], Any]]:
    """(batch, ``task(batch, n, *args)``) for the ``n``-th batch of ``articles``: on a cluster or in
    process, decided as in ``extractor``. For tasks whose results stay on the workers (Parquet parts)."""
    use, n_workers, threshold = _plan(workers, scheduler, min_articles)
    articles = iter(articles)
    head = list(islice(articles, threshold))
    numbered: Iterator[tuple[int, list[Article]]] = enumerate(chunks(chain(head, articles), batch))
    if not use or len(head) < threshold:
        for n, b in numbered:
            yield b, task(b, n, *args)
        return

    def numbered_task(item: tuple[int, list[Article]], *task_args):
        return task(item[1], item[0], *task_args)

    with open_client(n_workers, scheduler) as client:
        for (_, b), result in map_batches(client, numbered_task, numbered, *args, ordered=ordered, name="part"):
            yield b, result
