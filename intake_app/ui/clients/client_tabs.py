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


def extra_client_tabs(context: AppContext, client_id: int) -> list[tuple[str, QWidget]]:
    from intake_app.ui.routing.routing_view import RoutingView

    view = RoutingView(context, client_id)
    view.referrals_created.connect(lambda ids: offer_letters(context, ids, view))
    return [(QCoreApplication.translate("client_tabs", "Services"), view)]


def offer_letters(context: AppContext, referral_ids: list[int], parent: QWidget) -> None:
    """After referring, the next step is usually the letter the client carries."""
    if not referral_ids:
        return
    count = len(referral_ids)
    question = QCoreApplication.translate(
        "client_tabs", "%n referral(s) made. Prepare the letter(s) now?", "", count
    )
    prepare = QCoreApplication.translate("client_tabs", "Prepare letters")
    if Question.ask(parent, question, prepare, QCoreApplication.translate("client_tabs", "Later")):
        from intake_app.ui.letters.opener import open_letter_dialog

        open_letter_dialog(context, referral_ids, parent)
