"""The Arrow schema comes from the models, and every reader analysts use reads the files."""
from __future__ import annotations

import datetime as dt

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from newsclean.schemas.arrow import ARTICLE_SCHEMA, DUPLICATE_SCHEMA, REJECT_SCHEMA, arrow_schema, arrow_type, to_table
from newsclean.schemas.models import Article, ChangeRow, DateMention, Duplicate, PersonMention, Provenance, Reject


def _prov() -> Provenance:
    return Provenance(
        input_ref="feed.jsonl#3",
        raw_sha256="ab" * 32,
        fetched_at=dt.datetime(2025, 11, 8, 12, tzinfo=dt.UTC),
        run_id="r1",
        pipeline_version="0.1.0",
        changes=[ChangeRow(step="boilerplate", rule="share_widget", detail="Print Friendly, PDF & Email")],
    )


def _article(**kw) -> Article:
    base = dict(
        article_id="a1",
        input_ref="feed.jsonl#3",
        url="https://example.org/x",
        source="example.org",
        title="Title",
        authors=["Anna Keller"],
        text="Body text.",
        language="en",
        language_confidence=0.99,
        published_date=dt.date(2022, 2, 14),
        published_date_source="byline",
        published_date_flags=[],
        description=None,
        publication=None,
        persons=["Sergey Lavrov"],
        person_mentions=[PersonMention(surface="Mr. Lavrov", canonical="Sergey Lavrov", start=0, end=10, flags=["title:Mr."])],
        dates_mentioned=[DateMention(text="on Monday", date=dt.date(2022, 2, 14), start=3, end=12, granularity="day", flags=[])],
        content_hash="c" * 64,
        provenance=_prov(),
    )
    base.update(kw)
    return Article(**base)


def test_contract_columns_present():
    required = {
        "article_id", "input_ref", "url", "source", "title", "authors", "text", "language", "published_date",
        "published_date_source", "persons", "person_mentions", "dates_mentioned", "provenance",
    }
    assert required <= set(ARTICLE_SCHEMA.names)
    assert {"input_ref", "duplicate_of", "similarity", "method", "provenance"} <= set(DUPLICATE_SCHEMA.names)
    assert {"input_ref", "stage", "reason", "detail", "raw", "provenance"} <= set(REJECT_SCHEMA.names)
    prov = ARTICLE_SCHEMA.field("provenance").type
    assert {prov.field(i).name for i in range(prov.num_fields)} == {
        "input_ref", "raw_sha256", "fetched_at", "run_id", "pipeline_version", "changes"
    }


def test_types_are_portable():
    assert ARTICLE_SCHEMA.field("published_date").type == pa.date32()
    assert ARTICLE_SCHEMA.field("persons").type == pa.list_(pa.string())
    assert pa.types.is_struct(ARTICLE_SCHEMA.field("person_mentions").type.value_type)
    assert arrow_type(dt.datetime) == pa.timestamp("us", tz="UTC")
    with pytest.raises(TypeError):
        arrow_type(dict)


def test_optional_fields_are_nullable_and_required_are_not():
    assert ARTICLE_SCHEMA.field("title").nullable
    assert not ARTICLE_SCHEMA.field("text").nullable
    assert arrow_schema(Article) == ARTICLE_SCHEMA


def test_models_reject_bad_rows():
    with pytest.raises(ValidationError):
        _article(text="")  # an article has a body
    with pytest.raises(ValidationError):
        _article(published_date_source="guess")
    with pytest.raises(ValidationError):
        _article(unknown_column=1)


def test_round_trip_polars_pyarrow_duckdb_pandas(tmp_path):
    art = _article()
    dup = Duplicate(
        input_ref="b.html", duplicate_of="a1", similarity=0.91, method="near", url=None, source="s",
        title=None, content_hash="d" * 64, provenance=_prov(),
    )
    rej = Reject(input_ref="c.txt", stage="decode", reason="empty", detail="0 bytes", raw=b"\x00\x01", provenance=_prov())
    for name, rows, schema in (("articles", [art], ARTICLE_SCHEMA), ("duplicates", [dup], DUPLICATE_SCHEMA), ("rejects", [rej], REJECT_SCHEMA)):
        (tmp_path / name).mkdir()
        pq.write_table(to_table(rows, schema), tmp_path / name / "part-0.parquet")

    t = pq.read_table(tmp_path / "articles")
    assert t.schema.field("published_date").type == pa.date32()
    back = Article.model_validate(t.to_pylist()[0])
    assert back == art

    df = pl.read_parquet(tmp_path / "articles" / "*.parquet")
    assert df["published_date"][0] == dt.date(2022, 2, 14)
    assert df["person_mentions"][0][0]["canonical"] == "Sergey Lavrov"
    assert df.select(pl.col("provenance").struct.field("run_id"))[0, 0] == "r1"

    con = duckdb.connect()
    row = con.execute(
        f"select persons[1], provenance.changes[1].rule, published_date from read_parquet('{tmp_path}/articles/*.parquet')"
    ).fetchone()
    assert row == ("Sergey Lavrov", "share_widget", dt.date(2022, 2, 14))
    raw = con.execute(f"select raw from read_parquet('{tmp_path}/rejects/*.parquet')").fetchone()[0]
    assert bytes(raw) == b"\x00\x01"

    pdf = pd_read(tmp_path / "duplicates")
    assert pdf["duplicate_of"].tolist() == ["a1"]


def pd_read(path):
    import pandas as pd

    return pd.read_parquet(path)
