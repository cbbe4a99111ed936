"""Which clients are due for deletion, and deleting them (coordinators, on confirmation).

Deletion removes every row of the client (secure_delete is on, so freed pages are zeroed),
then `VACUUM` rebuilds the file. What stays is anonymous: an audit event with counts and
the client numbers in older audit events (numbers, never names).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault import clients_repo, retention_repo
from intake_app.vault.retention_repo import InactiveClient as InactiveClient
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)

LAST_CHECK_KEY = "retention_last_check"
CHECK_EVERY = timedelta(days=7)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (clamped to month end)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def cutoff(session: VaultSession) -> datetime:
    months = int(get_setting(session.conn, "retention.months"))
    return months_before(session.clock.now(), months)


def due_for_deletion(session: VaultSession) -> list[InactiveClient]:
    """Clients whose effective last activity is older than the retention period."""
    require(session.user, Permission.MANAGE_RETENTION)
    limit = cutoff(session)
    due = [
        c
        for c in retention_repo.effective_last_activity(session.conn, limit)
        if c.last_activity < limit
    ]
    return sorted(due, key=lambda c: c.last_activity)


@dataclass(frozen=True)
class RetentionResult:
    deleted: int
    skipped: int  # listed, but active again (or gone) by the time of deletion


def delete_inactive(
    session: VaultSession,
    client_ids: list[int],
    *,
    confirmed: bool,
    progress: Callable[[float], None] = lambda _f: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> RetentionResult:
    """Delete the listed clients that are still due, in one transaction, then VACUUM.

    `confirmed` must be True: the caller has asked the coordinator. Cancelling before the
    commit rolls every deletion back (KnownError CANCELLED); the VACUUM after cannot be.
    """
    require(session.user, Permission.MANAGE_RETENTION)
    if not confirmed:
        raise KnownError(ErrorCode.INVALID_INPUT, field="confirmation", reason="required")
    still_due = {c.id for c in due_for_deletion(session)}
    chosen = [i for i in dict.fromkeys(client_ids) if i in still_due]
    progress(0.05)
    with session.write() as conn:
        for n, client_id in enumerate(chosen, 1):
            if cancelled():
                raise KnownError(ErrorCode.CANCELLED)
            clients_repo.delete_client(conn, client_id)
            if n % 200 == 0:
                progress(0.05 + 0.6 * n / len(chosen))
        session.audit(
            conn,
            Action.RETENTION_DELETED,
            "clients",
            "",
            deleted=len(chosen),
            months=int(get_setting(conn, "retention.months")),
        )
        retention_repo.put_meta(conn, LAST_CHECK_KEY, session.clock.now().isoformat())
    progress(0.7)
    retention_repo.vacuum(session.conn)
    progress(1.0)
    log.info(
        "retention deleted %d clients (%d skipped)", len(chosen), len(client_ids) - len(chosen)
    )
    return RetentionResult(len(chosen), len(client_ids) - len(chosen))


def weekly_check_due(session: VaultSession) -> bool:
    """True when the coordinator has not looked at the retention list for a week."""
    if not get_setting(session.conn, "retention.months"):
        return False
    last = retention_repo.get_meta(session.conn, LAST_CHECK_KEY)
    if last is None:
        return True
    return session.clock.now() - datetime.fromisoformat(last) >= CHECK_EVERY


def mark_checked(session: VaultSession) -> None:
    require(session.user, Permission.MANAGE_RETENTION)
    with session.write() as conn:
        retention_repo.put_meta(conn, LAST_CHECK_KEY, session.clock.now().isoformat())


def client_id_for_number(session: VaultSession, number: str) -> int | None:
    """The record with client number `number` (any state), for the retention search."""
    require(session.user, Permission.MANAGE_RETENTION)
    return retention_repo.client_id_by_number(session.conn, number)
