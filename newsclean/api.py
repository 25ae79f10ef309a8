"""The Python API: clean one page or one text in a notebook, or run the whole pipeline on a folder.

``clean_html`` and ``clean_text`` run every cleaner on one record, in this
process, without Prefect. A single record has no run around it, so two
run-level steps do not apply: per-source learned residue (needs many pages of
a source) and deduplication (needs other articles); ``run`` does both.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from newsclean.schemas.models import Article, Reject
    from newsclean.schemas.run import RunManifest

API_RUN_ID = "api"


def _when(value: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    from newsclean.inputs.base import fetched_at_noted

    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    parsed, _ = fetched_at_noted(value)  # as a feed's fetched_at: ISO 8601 or Unix time
    if parsed is None:
        raise ValueError(f"fetched_at is not an ISO 8601 date or time, or Unix time: {value!r}")
    return parsed


def _clean(
    kind: Literal["html", "text"],
    body: str | bytes,
    *,
    url: str | None,
    fetched_at: dt.datetime | dt.date | str | None,
    published_at: str | None,
    source: str | None,
    title: str | None,
    input_ref: str | None,
) -> Article | Reject:
    from newsclean.cleaners.pipeline import RunContext, clean_record
    from newsclean.inputs import sha256
    from newsclean.resources import load_default_gazetteer
    from newsclean.schemas.models import RawRecord
    from newsclean.version import PIPELINE_VERSION

    if isinstance(body, str):
        data, charset = body.encode("utf-8", "surrogatepass"), "utf-8"
    elif isinstance(body, (bytes, bytearray)):
        data, charset = bytes(body), None  # undeclared: the decoder detects it, as for a file
    else:
        raise TypeError(f"expected str or bytes, got {type(body).__name__}")
    for name, value in (("url", url), ("published_at", published_at), ("source", source), ("title", title), ("input_ref", input_ref)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a string or None, got {type(value).__name__}")
    raw = RawRecord(
        input_ref=input_ref or url or f"<{kind}>",
        kind=kind,
        body=data,
        raw_sha256=sha256(data),
        url=url,
        fetched_at=_when(fetched_at),
        published_at=published_at,
        source=source,
        title=title,
        charset=charset,
    )
    ctx = RunContext(run_id=API_RUN_ID, pipeline_version=PIPELINE_VERSION, gazetteer=load_default_gazetteer())
    return clean_record(raw, ctx)


def clean_html(
    html: str | bytes,
    url: str | None = None,
    fetched_at: dt.datetime | dt.date | str | None = None,
    *,
    published_at: str | None = None,
    source: str | None = None,
    title: str | None = None,
    input_ref: str | None = None,
) -> Article | Reject:
    """Clean one HTML page: an :class:`~newsclean.schemas.models.Article`, or a
    :class:`~newsclean.schemas.models.Reject` saying why it cannot be one.

    Every change is in ``result.provenance.changes``. ``bytes`` are decoded as a
    file would be (declared ``<meta charset>``, BOM, detection); ``str`` is taken as is.
    """
    return _clean("html", html, url=url, fetched_at=fetched_at, published_at=published_at, source=source, title=title, input_ref=input_ref)


def clean_text(
    text: str | bytes,
    url: str | None = None,
    fetched_at: dt.datetime | dt.date | str | None = None,
    *,
    published_at: str | None = None,
    source: str | None = None,
    title: str | None = None,
    input_ref: str | None = None,
) -> Article | Reject:
    """Clean one already-extracted article (residue, byline, mojibake and all); see :func:`clean_html`."""
    return _clean("text", text, url=url, fetched_at=fetched_at, published_at=published_at, source=source, title=title, input_ref=input_ref)


def run(input_dir: str | Path, output_dir: str | Path, **options: Any) -> RunManifest:
    """Clean every new file under ``input_dir`` into the dataset at ``output_dir``: the ``backfill`` command.

    ``options`` are those of :func:`newsclean.flows.clean_news.clean_news`:
    ``since``, ``until`` (dates), ``force``, ``workers``, ``batch_size``,
    ``run_id``, ``max_file_bytes``, ``max_record_bytes``, ``max_text_chars``. Runs the Prefect flow (a temporary Prefect server is started
    when ``PREFECT_API_URL`` is not set).
    """
    from newsclean.flows.clean_news import clean_news

    known = {"since", "until", "force", "workers", "batch_size", "run_id", "max_file_bytes", "max_record_bytes", "max_text_chars"}
    unknown = set(options) - known
    if unknown:
        raise TypeError(f"unknown option(s) {sorted(unknown)}; known: {sorted(known)}")
    from newsclean.cli import check_input, check_output_dir

    problem = check_input(input_dir)
    if problem:
        raise (FileNotFoundError if not Path(input_dir).exists() else ValueError)(problem)
    problem = check_output_dir(output_dir)
    if problem:
        raise ValueError(problem)
    return clean_news(input_dir=str(input_dir), output_dir=str(output_dir), **options)
