"""Derive Arrow schemas from the pydantic models (the one place that does it).

Types are chosen so polars, pyarrow, DuckDB and pandas all read them: large
lists are avoided, dates are ``date32``, timestamps are UTC microseconds.
"""
from __future__ import annotations

from collections.abc import Sequence

import datetime as dt
import types
import typing
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from newsclean.schemas.models import Article, Duplicate, Reject

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
        out.append(pa.field(name, arrow_type(info.annotation), nullable=optional))
    return out


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    return pa.schema(_fields(model))


ARTICLE_SCHEMA = arrow_schema(Article)
DUPLICATE_SCHEMA = arrow_schema(Duplicate)
REJECT_SCHEMA = arrow_schema(Reject)

def to_table(rows: Sequence[BaseModel], schema: pa.Schema) -> pa.Table:
    """Validated models to an Arrow table carrying exactly ``schema``."""
    return pa.Table.from_pylist([r.model_dump() for r in rows], schema=schema)
