"""The analyst's side: numbers, a report and explanations read from a finished dataset.

- :mod:`~newsclean.analyst.dataset`: open a dataset's tables and run manifests (read only);
- :mod:`~newsclean.analyst.stats`: the quality numbers (``newsclean stats``);
- :mod:`~newsclean.analyst.report_html`: the self-contained HTML report (``newsclean report``);
- :mod:`~newsclean.analyst.explain`: one record's story (``newsclean explain``).

Nothing here writes into the dataset or imports Prefect.
"""
