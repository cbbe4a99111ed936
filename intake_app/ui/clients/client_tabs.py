"""Extension point: other areas add tabs to a client's detail without editing its widgets.

The routing area adds its ranked services here; right after "Refer", the caseworker is
offered the letters for the new referrals. Return (translated tab title, widget) pairs;
the widget is owned by the caller afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Question


def _tr(text: str) -> str:
    return QCoreApplication.translate("client_tabs", text)


def extra_client_tabs(context: AppContext, client_id: int) -> list[tuple[str, QWidget]]:
    from intake_app.ui.routing.routing_view import RoutingView

    view = RoutingView(context, client_id)
    view.referrals_created.connect(lambda ids: offer_letters(context, ids, view))
    return [(_tr("Services"), view)]


def offer_letters(context: AppContext, referral_ids: list[int], parent: QWidget) -> None:
    """After referring, the next step is usually the letter the client carries."""
    if not referral_ids:
        return
    question = (
        _tr("Referral made. Prepare the letter now?")
        if len(referral_ids) == 1
        else _tr("Referrals made. Prepare the letters now?")
    )
    if Question.ask(parent, question, _tr("Prepare letters"), _tr("Later")):
        from intake_app.ui.letters.opener import open_letter_dialog

        open_letter_dialog(context, referral_ids, parent)
