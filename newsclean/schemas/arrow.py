"""Derive Arrow schemas from the pydantic models (the one place that does it).

Types are chosen so polars, pyarrow, DuckDB and pandas all read them: large
lists are avoided, dates are ``date32``, timestamps are UTC microseconds.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Sequence
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from newsclean.schemas.models import SCHEMA_VERSION, Article, Duplicate, Reject

# Parquet/Arrow metadata keys: the field description (per field) and the contract's
# version and the table's description (per file). pyarrow, polars and DuckDB keep
# the Arrow schema, with this metadata, in every Parquet file's footer.
DESCRIPTION_KEY = b"description"
SCHEMA_VERSION_KEY = b"newsclean.schema_version"
TABLE_KEY = b"newsclean.table"

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    bytes: pa.binary(),
    dt.date: pa.date32(),
    dt.datetime: pa.timestamp("us", tz="UTC"),
}


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
        raise TypeError(f"unsupported union {tp!r}")
    return tp, False


def arrow_type(tp: Any) -> pa.DataType:
    """Arrow type of a python annotation used in the models."""
    tp, _ = _unwrap_optional(tp)
    if tp in _SCALARS:
        return _SCALARS[tp]
    origin = get_origin(tp)
    if origin is Literal:
        return pa.string()
    if origin is list:
        (item,) = get_args(tp)
        return pa.list_(arrow_type(item))
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return pa.struct(_fields(tp))
    raise TypeError(f"no Arrow type for {tp!r}")


def _fields(model: type[BaseModel]) -> list[pa.Field]:
    out = []
    for name, info in model.model_fields.items():
        _, optional = _unwrap_optional(info.annotation)
        meta = {DESCRIPTION_KEY: info.description.encode()} if info.description else None
        out.append(pa.field(name, arrow_type(info.annotation), nullable=optional, metadata=meta))
    return out


def arrow_schema(model: type[BaseModel], table: str | None = None) -> pa.Schema:
    """The Arrow schema of ``model``: field descriptions, and (for a table) its name and the schema version."""
    meta = {SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()}
    if table:
        meta[TABLE_KEY] = table.encode()
        meta[DESCRIPTION_KEY] = (model.__doc__ or "").strip().encode()
    return pa.schema(_fields(model), metadata=meta)


# the tables of the dataset and the models of their rows (folder name -> model)
TABLE_MODELS: dict[str, type[BaseModel]] = {"articles": Article, "duplicates": Duplicate, "rejects": Reject}

ARTICLE_SCHEMA = arrow_schema(Article, "articles")
DUPLICATE_SCHEMA = arrow_schema(Duplicate, "duplicates")
REJECT_SCHEMA = arrow_schema(Reject, "rejects")
TABLE_SCHEMAS: dict[str, pa.Schema] = {"articles": ARTICLE_SCHEMA, "duplicates": DUPLICATE_SCHEMA, "rejects": REJECT_SCHEMA}


def empty_table(schema: pa.Schema) -> pa.Table:
    """A table with no rows and exactly ``schema`` (what an empty table folder holds)."""
    return schema.empty_table()


def to_table(rows: Sequence[BaseModel], schema: pa.Schema) -> pa.Table:
    """Validated models to an Arrow table carrying exactly ``schema``."""
    return pa.Table.from_pylist([r.model_dump() for r in rows], schema=schema)
