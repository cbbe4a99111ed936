"""One entry point for whoever wants letters: the main window connects a page's
`letter_requested(list[int])` signal here.

    letters = getattr(page, "letter_requested", None)
    if letters is not None:
        letters.connect(lambda ids, p=page: open_letter_dialog(
            self.context, ids, self, on_issued=lambda _ids: p.activated()))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from intake_app.errors import KnownError

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert
from intake_app.ui.letters.letter_dialog import LetterDialog


def open_letter_dialog(
    context: AppContext,
    referral_ids: list[int],
    parent: QWidget | None = None,
    *,
    on_issued: Callable[[list[int]], None] | None = None,
) -> LetterDialog | None:
    """Open the letter dialog (modal) for these referrals of one client.

    A refusal (another client's referral, a role without the permission, a referral that
    is gone) is shown as a calm message and returns None.
    """
    try:
        dialog = LetterDialog(context, list(referral_ids), parent)
    except KnownError as exc:
        Alert.error(parent, exc)
        return None
    if on_issued is not None:
        dialog.issued.connect(on_issued)
    dialog.setModal(True)
    dialog.open()
    return dialog
