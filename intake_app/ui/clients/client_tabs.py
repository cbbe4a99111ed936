"""Extension point: other areas add tabs to a client's detail without editing its widgets.

The routing area adds its ranked services here, the letters area may add its own. Return
(translated tab title, widget) pairs; the widget is owned by the caller afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from intake_app.ui.context import AppContext


def extra_client_tabs(context: AppContext, client_id: int) -> list[tuple[str, QWidget]]:
    from intake_app.ui.routing.routing_view import RoutingView

    return [
        (QCoreApplication.translate("client_tabs", "Services"), RoutingView(context, client_id)),
    ]
