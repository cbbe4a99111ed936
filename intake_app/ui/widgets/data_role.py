"""The custom data roles our models share.

`AS_WRITTEN_ROLE`: a cell that shows data as written — a file's name, a source file's own
field name — rather than interface text.

Models answer True for `AS_WRITTEN_ROLE` on such cells, so that whatever reads a view
(a check that every word of the interface is translated, an export of what is shown)
can tell text we wrote, and must translate, from text that only passes through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

# Far above the small custom roles the app's models number from UserRole.
AS_WRITTEN_ROLE = int(Qt.ItemDataRole.UserRole) + 900

# The roles every `RowsModel` table answers (`ui.widgets.rows_model`): the row's value
# object, the key a `QSortFilterProxyModel` sorts on, and the row's id.
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 3
