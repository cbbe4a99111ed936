"""Finding 8: deleting the newest client never gives its id and number to the next one,
so the new person's history never shows the deleted person's events."""

from __future__ import annotations

from intake_app.clients import intake
from intake_app.clients.history import record_history
from intake_app.domain.audit import Action
from intake_app.vault import clients_repo
from intake_app.vault.migrate import available_migrations
from intake_app.vault.session import VaultSession
from tests.unit.clients.helpers import add, person


def test_the_next_client_never_reuses_a_deleted_clients_id_or_number(
    session: VaultSession,
) -> None:
    add(session, "First")
    newest = add(session, "Deleted", "Person")
    assert newest.id is not None
    intake.delete_client(session, newest.id)
    after = add(session, "Next", "Person")
    assert after.id != newest.id and after.number != newest.number
    actions = [e.action for e in record_history(session, after.id).events]
    assert Action.CLIENT_DELETED not in actions


def test_bulk_inserts_also_skip_deleted_ids(session: VaultSession) -> None:
    gone = add(session, "Gone")
    assert gone.id is not None
    intake.delete_client(session, gone.id)
    with session.write() as conn:
        clients_repo.bulk_insert_clients(conn, [person("Bulk")], session.clock.now())
        assert clients_repo.next_client_id(conn) == gone.id + 2


def test_the_migration_remembers_ids_already_deleted_before_it(session: VaultSession) -> None:
    """An older vault: the newest client was deleted before the counter existed."""
    gone = add(session, "Gone")
    assert gone.id is not None
    intake.delete_client(session, gone.id)
    with session.write() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'clients.last_id'")
    # Run migration 60 again by itself: later migrations may already be applied.
    (counter,) = [m for m in available_migrations() if m.version == 60]
    session.conn.executescript(counter.sql)
    assert add(session, "After").id == gone.id + 1
