"""Prefect entrypoint kept at its historical path (``prefect.yaml``: ``flows/serve.py:clean_news_dask``).

The flow lives in :mod:`newsclean.flows.serve`; this file only re-exports it.
"""
from newsclean.flows.serve import clean_news_dask

__all__ = ["clean_news_dask"]
