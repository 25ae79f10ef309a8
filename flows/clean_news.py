"""Prefect entrypoint kept at its historical path (``prefect.yaml``: ``flows/clean_news.py:clean_news``).

The flow lives in :mod:`newsclean.flows.clean_news`; this file only re-exports
it so deployments registered before the package layout keep working.
"""
from newsclean.flows.clean_news import clean_news

__all__ = ["clean_news"]
