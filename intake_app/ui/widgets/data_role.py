"""A cell that shows data as written — a file's name, a source file's own field name —
rather than interface text.

Models answer True for `AS_WRITTEN_ROLE` on such cells, so that whatever reads a view
(a check that every word of the interface is translated, an export of what is shown)
can tell text we wrote, and must translate, from text that only passes through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

# Far above the small custom roles the app's models number from UserRole.
AS_WRITTEN_ROLE = int(Qt.ItemDataRole.UserRole) + 900
