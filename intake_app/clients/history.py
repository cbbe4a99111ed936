"""A client record's history for the record's History tab: its audit events and the
names of the staff who appear in them."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.domain.audit import AuditEvent
from intake_app.domain.permissions import Permission, require
from intake_app.vault import accounts_repo, audit
from intake_app.vault.session import VaultSession


@dataclass(frozen=True)
class RecordHistory:
    events: list[AuditEvent]  # oldest first
    user_names: dict[int, str]  # every account, removed ones included


def record_history(session: VaultSession, client_id: int) -> RecordHistory:
    require(session.user, Permission.WORK_WITH_CLIENTS)
    conn = session.conn
    return RecordHistory(
        audit.events_for_record(conn, "client", client_id), accounts_repo.user_names(conn)
    )
