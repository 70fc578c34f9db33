"""Where the parse and the extraction run: in this process (default) or on Dask workers.

The Dask backend splits the new articles into partitions; each worker process loads the model,
gazetteer and lexicons once (they are cached per process) and returns the extraction results,
which this process writes to the store in order, so the store holds exactly what the local
backend would write. `address` names a running Dask scheduler ("tcp://host:8786", needs
`dask.distributed`); without it a local pool of worker processes is used.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from frontlog.records import Article, DocumentResult
from frontlog.settings import OnExtractError

BACKENDS = ("local", "dask")


def _extract_partition(
    articles: Sequence[Article], on_error: OnExtractError | None = None
) -> list[DocumentResult]:
    from frontlog.extract import extract_documents

    return list(extract_documents(list(articles), on_error=on_error))


def extract_with_dask(
    articles: Sequence[Article],
    *,
    workers: int = 2,
    address: str | None = None,
    partition_size: int = 64,
    on_error: OnExtractError | None = None,
) -> Iterator[DocumentResult]:
    """Extraction results for the articles, in input order, computed by Dask workers."""
    try:
        import dask.bag as db
    except ImportError as exc:  # an optional extra
        raise RuntimeError("the dask backend needs the extra: pip install 'frontlog[dask]'") from exc
    if not articles:
        return iter(())
    partitions = max(1, -(-len(articles) // partition_size))
    seq = db.from_sequence(list(articles), npartitions=partitions)  # type: ignore[no-untyped-call]
    bag = seq.map_partitions(_extract_partition, on_error=on_error)
    if address:
        from dask.distributed import Client

        with Client(address) as client:
            results = client.compute(bag).result()
    else:
        import functools
        import os

        from frontlog.procs import die_with_parent

        initializer = functools.partial(die_with_parent, os.getpid())  # workers die with this process
        results = bag.compute(scheduler="processes", num_workers=workers, initializer=initializer)
    return iter(results)
