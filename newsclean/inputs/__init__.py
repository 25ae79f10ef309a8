"""Read: input files to :class:`~newsclean.schemas.models.RawRecord` (or a failure, or a counted skip).

One module per format (:mod:`~newsclean.inputs.single` for ``.html``/``.htm``/
``.txt`` with their sidecars, :mod:`~newsclean.inputs.jsonl`,
:mod:`~newsclean.inputs.warc`), one registry (:mod:`~newsclean.inputs.registry`)
and one place that turns files into records (:mod:`~newsclean.inputs.files`).
Readers never raise for bad input: they yield :class:`ReadFailure` (a rejects
row) or :class:`Skipped` (counted in the run manifest).
"""
from newsclean.inputs.base import Reader, ReadFailure, ReadItem, Skipped, meta_fields, parse_datetime, sha256
from newsclean.inputs.files import input_ref_of, list_inputs, read_path
from newsclean.inputs.registry import OWN_GZIP, READERS, format_of, register
from newsclean.inputs.sidecar import SIDECAR_SUFFIX

__all__ = [
    "OWN_GZIP",
    "READERS",
    "SIDECAR_SUFFIX",
    "ReadFailure",
    "ReadItem",
    "Reader",
    "Skipped",
    "format_of",
    "input_ref_of",
    "list_inputs",
    "meta_fields",
    "parse_datetime",
    "read_path",
    "register",
    "sha256",
]
