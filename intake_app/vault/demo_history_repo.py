"""Demo history SQL: spread fictional clients' activity over past months, for the
Reports page, training and the report benchmark. Only ever run on demo data."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

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
    services: dict[str, list[tuple[str, str]]] = {}
    for sid, name, cats in conn.execute(
        "SELECT s.id, s.name, (SELECT group_concat(value, ',') FROM"
        " json_each(s.doc, '$.categories')) FROM services s WHERE s.active = 1"
    ):
        for cat in (cats or "").split(","):
            services.setdefault(cat, []).append((sid, name))
    everything = [s for group in services.values() for s in group]
    clients = conn.execute(
        "SELECT id, letter_language FROM clients WHERE merged_into IS NULL ORDER BY id"
    ).fetchall()
    needs: dict[int, list[tuple[int, str, str]]] = {}
    for nid, cid, cat, urgency in conn.execute(
        "SELECT id, client_id, category, urgency FROM client_needs ORDER BY id"
    ):
        needs.setdefault(cid, []).append((nid, cat, urgency))
    client_rows, need_rows, referral_rows, unmet_rows, codes = [], [], [], [], set()
    link_rows, letter_rows = [], []
    next_referral = int(conn.execute("SELECT coalesce(max(id), 0) FROM referrals").fetchone()[0])
    states, weights = zip(*_STATES, strict=True)
    for cid, lang in clients:
        back = rng.random() < 0.33
        created = now - span * (1 + rng.random() * 0.8 if back else rng.random())
        last = created
        for nid, cat, urgency in needs.get(cid, []):
            seen = created + timedelta(days=rng.randint(0, 3))
            if back and rng.random() < 0.7:  # a returning client's new request
                seen = now - span * rng.random()
            seen = min(seen, now)
            need_rows.append((_ts(seen), nid))
            last = max(last, seen)
            pool = services.get(cat) or everything
            if pool and rng.random() < 0.6:
                sid, name = rng.choice(pool)
                made = min(now, seen + timedelta(days=rng.randint(0, 5), hours=rng.randint(0, 8)))
                state = rng.choices(states, weights)[0]
                changed = made + timedelta(days=rng.randint(1, 30))
                if changed > now:
                    state, changed = ("printed" if state != "created" else "created"), made
                code = new_reference_code(rng.choice)
                while code in codes:
                    code = new_reference_code(rng.choice)
                codes.add(code)
                next_referral += 1
                follow = (made + timedelta(days=7)).date().isoformat()
                referral_rows.append(
                    (
                        next_referral,
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
                link_rows.append((next_referral, nid, cat))
                if state != "created":
                    letter_rows.append((next_referral, cid, lang, _ts(made + timedelta(minutes=5))))
                last = max(last, changed)
            elif rng.random() < 0.35:
                unmet_rows.append((cid, nid, cat, urgency, seen.date().isoformat()))
        client_rows.append((_ts(created), _ts(created), _ts(last), cid))
    conn.executemany(
        "UPDATE clients SET created_at = ?, updated_at = ?, last_activity = ? WHERE id = ?",
        client_rows,
    )
    conn.executemany("UPDATE client_needs SET created_at = ? WHERE id = ?", need_rows)
    conn.executemany(
        "INSERT INTO referrals (id, code, client_id, service_id, service_name, letter_language,"
        " state, state_changed_at, follow_up_on, close_reason, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        referral_rows,
    )
    conn.executemany(
        "INSERT INTO referral_needs (referral_id, need_id, category) VALUES (?, ?, ?)", link_rows
    )
    conn.executemany(
        "INSERT INTO letters_printed (referral_id, client_id, lang, printed_at)"
        " VALUES (?, ?, ?, ?)",
        letter_rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO unmet_needs (client_id, need_id, category, urgency, first_seen_on,"
        " last_seen_on) VALUES (?, ?, ?, ?, ?, ?)",
        [(*u, u[-1]) for u in unmet_rows],
    )
    return len(referral_rows)
