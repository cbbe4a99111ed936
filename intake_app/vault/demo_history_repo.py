"""Demo history SQL: spread fictional clients' activity over past months, for the
Reports page, training and the report benchmark. Only ever run on demo data."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from intake_app.domain.referrals import new_reference_code
from intake_app.vault.database import Connection

# (state, weight): what came of the fictional referrals.
_STATES = (
    ("attended", 40),
    ("no-show", 12),
    ("declined", 6),
    ("closed", 12),
    ("printed", 15),
    ("created", 15),
)


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def spread_history(conn: Connection, now: datetime, months: int, seed: int) -> int:
    """Give every live client a past: taken in over the last `months` months (a third
    before them, so some come back), needs recorded then, referrals with outcomes,
    letters printed, unmet needs. Returns the number of referrals made. Inside the
    caller's transaction."""
    rng = random.Random(seed)
    span = timedelta(days=30.5 * months)
    services = _services_by_category(conn)
    everything = [s for group in services.values() for s in group]
    clients = conn.execute(
        "SELECT id, letter_language FROM clients WHERE merged_into IS NULL ORDER BY id"
    ).fetchall()
    needs = _needs_by_client(conn)
    history = _History(
        int(conn.execute("SELECT coalesce(max(id), 0) FROM referrals").fetchone()[0])
    )
    for cid, lang in clients:
        back = rng.random() < 0.33
        created = now - span * (1 + rng.random() * 0.8 if back else rng.random())
        last = created
        for nid, cat, urgency in needs.get(cid, []):
            seen = created + timedelta(days=rng.randint(0, 3))
            if back and rng.random() < 0.7:  # a returning client's new request
                seen = now - span * rng.random()
            seen = min(seen, now)
            history.needs.append((_ts(seen), nid))
            last = max(last, seen)
            pool = services.get(cat) or everything
            if pool and rng.random() < 0.6:
                changed = history.refer(rng, now, seen, rng.choice(pool), (cid, lang, nid, cat))
                last = max(last, changed)
            elif rng.random() < 0.35:
                history.unmet.append((cid, nid, cat, urgency, seen.date().isoformat()))
        history.clients.append((_ts(created), _ts(created), _ts(last), cid))
    history.write(conn)
    return len(history.referrals)


def _services_by_category(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    """Active services' (id, name) under each of their categories."""
    services: dict[str, list[tuple[str, str]]] = {}
    for sid, name, cats in conn.execute(
        "SELECT s.id, s.name, (SELECT group_concat(value, ',') FROM"
        " json_each(s.doc, '$.categories')) FROM services s WHERE s.active = 1"
    ):
        for cat in (cats or "").split(","):
            services.setdefault(cat, []).append((sid, name))
    return services


def _needs_by_client(conn: Connection) -> dict[int, list[tuple[int, str, str]]]:
    """Each client's needs as (need id, category, urgency), in the order recorded."""
    needs: dict[int, list[tuple[int, str, str]]] = {}
    for nid, cid, cat, urgency in conn.execute(
        "SELECT id, client_id, category, urgency FROM client_needs ORDER BY id"
    ):
        needs.setdefault(cid, []).append((nid, cat, urgency))
    return needs


@dataclass
class _History:
    """The rows one spread writes, gathered first and written in one go at the end."""

    next_referral: int
    clients: list[tuple[str, str, str, int]] = field(default_factory=list)
    needs: list[tuple[str, int]] = field(default_factory=list)
    referrals: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)
    letters: list[tuple[int, int, str, str]] = field(default_factory=list)
    unmet: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)

    def refer(
        self,
        rng: random.Random,
        now: datetime,
        seen: datetime,
        service: tuple[str, str],
        need: tuple[int, str, int, str],
    ) -> datetime:
        """One referral for a need seen on `seen`, with an outcome drawn by `_STATES` (one
        whose outcome would lie in the future is still printed, or created), a unique
        reference code, and the printed letter. Returns when its state last changed."""
        sid, name = service
        cid, lang, nid, cat = need
        made = min(now, seen + timedelta(days=rng.randint(0, 5), hours=rng.randint(0, 8)))
        states, weights = zip(*_STATES, strict=True)
        state = rng.choices(states, weights)[0]
        changed = made + timedelta(days=rng.randint(1, 30))
        if changed > now:
            state, changed = ("printed" if state != "created" else "created"), made
        code = new_reference_code(rng.choice)
        while code in self.codes:
            code = new_reference_code(rng.choice)
        self.codes.add(code)
        self.next_referral += 1
        follow = (made + timedelta(days=7)).date().isoformat()
        self.referrals.append(
            (
                self.next_referral,
                code,
                cid,
                sid,
                name,
                lang,
                state,
                _ts(changed),
                follow,
                "service-received" if state == "closed" else "",
                _ts(made),
            )
        )
        self.links.append((self.next_referral, nid, cat))
        if state != "created":
            self.letters.append((self.next_referral, cid, lang, _ts(made + timedelta(minutes=5))))
        return changed

    def write(self, conn: Connection) -> None:
        """Every gathered row, one statement per table."""
        conn.executemany(
            "UPDATE clients SET created_at = ?, updated_at = ?, last_activity = ? WHERE id = ?",
            self.clients,
        )
        conn.executemany("UPDATE client_needs SET created_at = ? WHERE id = ?", self.needs)
        conn.executemany(
            "INSERT INTO referrals (id, code, client_id, service_id, service_name, letter_language,"
            " state, state_changed_at, follow_up_on, close_reason, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.referrals,
        )
        conn.executemany(
            "INSERT INTO referral_needs (referral_id, need_id, category) VALUES (?, ?, ?)",
            self.links,
        )
        conn.executemany(
            "INSERT INTO letters_printed (referral_id, client_id, lang, printed_at)"
            " VALUES (?, ?, ?, ?)",
            self.letters,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO unmet_needs (client_id, need_id, category, urgency,"
            " first_seen_on, last_seen_on) VALUES (?, ?, ?, ?, ?, ?)",
            [(*u, u[-1]) for u in self.unmet],
        )
