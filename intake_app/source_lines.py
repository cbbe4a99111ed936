"""Drop the source lines kept after a batch of imports.

PySide6, once imported, looks for its own name in the source of every module imported
after it (its `__feature__` switch) through `inspect.getsource`, and `linecache` keeps
every file read that way: after unlock the source of some 350 modules, about 8 MB that
nothing reads again; reportlab's, with the first letter. A traceback re-reads the lines
it shows, so dropping them costs nothing else. Called after the imports of the main
window, of a page built on first show, and of the code a first letter, chart or record
loads."""

from __future__ import annotations

import linecache


def drop_source_lines() -> None:
    """Empty `linecache` (cheap when it is already empty)."""
    if linecache.cache:
        linecache.clearcache()
