"""Consent: what a client agreed to share, with whom, until when.

Refusing or revoking consent never blocks service: it only narrows what a letter may say
(the letters area reads `shares_in_force`). A consent runs 12 months by default.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from intake_app.domain.clients import (
    DEFAULT_CONSENT_MONTHS,
    Client,
    ClientHit,
    Consent,
    ConsentMethod,
    ShareItem,
)
from intake_app.errors import ErrorCode, KnownError
from intake_app.vault.client_search import consents_expiring
from intake_app.vault.session import VaultSession

REFERRAL_PURPOSE = "Referral"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_expiry(given_on: date, months: int = DEFAULT_CONSENT_MONTHS) -> date:
    return add_months(given_on, months)


def new_consent(
    purpose: str,
    shares: frozenset[ShareItem],
    given_on: date,
    *,
    with_whom: str = "",
    method: ConsentMethod = ConsentMethod.VERBAL,
    months: int = DEFAULT_CONSENT_MONTHS,
) -> Consent:
    if months < 1:
        raise KnownError(ErrorCode.INVALID_INPUT, field="expiry", reason="at least one month")
    return Consent(
        purpose=purpose,
        shares=shares,
        with_whom=with_whom,
        method=method,
        given_on=given_on,
        expires_on=add_months(given_on, months),
    )


def revoke(consent: Consent, on: date) -> Consent:
    return replace(consent, revoked_on=on)


def shares_in_force(client: Client, on: date, with_whom: str = "") -> frozenset[ShareItem]:
    """Everything the client agreed to share on `on` (with `with_whom`, or with anyone)."""
    allowed: set[ShareItem] = set()
    for c in client.consents:
        if c.in_force(on) and (
            not with_whom or c.with_whom in ("", with_whom) or c.with_whom == "any referred service"
        ):
            allowed |= c.shares
    return frozenset(allowed)


def is_expiring(consent: Consent, on: date, within_days: int = 30) -> bool:
    return (
        consent.in_force(on)
        and consent.expires_on is not None
        and consent.expires_on <= on + timedelta(days=within_days)
    )


def expiring_consents(
    session: VaultSession, on: date, within_days: int = 30
) -> list[tuple[ClientHit, Consent]]:
    """Consents in force on `on` that end within `within_days`, soonest first."""
    return consents_expiring(session.conn, on, on + timedelta(days=within_days))


def record_referral_consent(
    session: VaultSession,
    client_id: int,
    service_ids: list[str],
    shares: frozenset[ShareItem],
    method: ConsentMethod,
    given_on: date,
) -> Client:
    """Record, as the referral is made, what the client agrees to share with each of these
    services — possibly nothing: a refusal is recorded too, and still gives a letter (with
    initials and no reason). A consent given for one service outranks a general one for
    that service's letters (see `letters.allowlist.shares_for`)."""
    from intake_app.clients.intake import update_client, view_client

    client = view_client(session, client_id)
    added = tuple(
        new_consent(REFERRAL_PURPOSE, shares, given_on, with_whom=sid, method=method)
        for sid in dict.fromkeys(service_ids)
    )
    return update_client(session, replace(client, consents=client.consents + added))
