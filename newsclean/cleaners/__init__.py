"""Pure text cleaners: no Prefect, no I/O, no global mutable state.

Every cleaner returns its result together with the changes it made
(:class:`cleaners.change.Change`), so the dataset can explain itself.
"""
