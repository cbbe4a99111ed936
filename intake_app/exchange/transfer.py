"""Consented client transfer: one self-protecting file from one agency to another.

What the file is (see the README, "Working with other agencies"): `PSLXFER1` then an HPKE
message (RFC 9180 base mode, the suite `vault.keyslots.seal` uses for the master key)
sealed to the receiving organization's X25519 key with `info` naming that key. Inside,
a JSON document — sender and recipient key ids, transfer id, dates, what the client
agreed to share, and the shared fields — signed with the sender's organization Ed25519
key, then zero-padded so the whole file is exactly one of a few size classes. The name is
random. Outside the encryption there is nothing but the magic and the size class.

Never in a transfer: the sensitive (masked) note, private notes, contact details unless
agreed, barriers unless the client explicitly agreed, letters, audit events.
"""

from __future__ import annotations

import json
import logging
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag

from intake_app.clients import intake
from intake_app.clients.duplicates import DuplicateMatch, find_duplicates
from intake_app.domain.audit import Action
from intake_app.domain.clients import Barriers, Client, HouseholdMember, Need
from intake_app.domain.common import Tri, Urgency
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import ReferralFilter
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.identity import Partner, every_org_key, org_keys, trusted_partner
from intake_app.exchange.keys import canonical
from intake_app.vault import clients_repo, exchange_repo, referrals_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.keyslots import open_sealed, seal
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting
from intake_app.vault.signing import verifies

log = logging.getLogger(__name__)

MAGIC = b"PSLXFER1"
FORMAT = "passerelle-transfer/1"
LABEL = "transfer"
SUFFIX = ".passerelle"
HPKE_OVERHEAD = 32 + 16  # the X25519 encapsulated key and the AES-GCM tag
SIZE_CLASSES = (16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024)
RECORD = "client"


class Share(StrEnum):
    """What the client may agree to send; barriers only when explicitly agreed."""

    NAME = "name"
    LANGUAGES = "languages"
    HOUSEHOLD = "household"
    NEEDS = "needs"
    REFERRALS = "referrals"
    CONTACT = "contact"
    BARRIERS = "barriers"


DEFAULT_SHARES = frozenset(
    {Share.NAME, Share.LANGUAGES, Share.HOUSEHOLD, Share.NEEDS, Share.REFERRALS}
)


@dataclass(frozen=True)
class TransferConsent:
    shares: frozenset[Share]
    method: str = "verbal"  # "verbal" or "written", as for referral consent


@dataclass(frozen=True)
class TransferPreview:
    """Exactly what the file will hold (the client part), to show before writing."""

    client_id: int
    partner: Partner
    consent: TransferConsent
    client: dict[str, Any]
    expires: datetime


@dataclass(frozen=True)
class Sent:
    path: Path
    transfer_id: str
    size: int


@dataclass
class Received:
    """An opened, verified transfer waiting for the caseworker's decision."""

    file: str
    transfer_id: str
    sender: Partner
    created: str
    expires: str
    shares: frozenset[Share]
    client: Client
    referrals: list[dict[str, Any]]
    duplicates: list[DuplicateMatch] = field(default_factory=list)


def _client_part(session: VaultSession, client: Client, shares: frozenset[Share]) -> dict[str, Any]:
    part: dict[str, Any] = {}
    if Share.NAME in shares:
        part["name"] = {
            "given": client.given_name,
            "family": client.family_name,
            "preferred": client.preferred_name,
            "latin": client.latin_name,
            "naming": client.naming.value,
            "birth_year": client.birth_year,
            "age_range": client.age_range,
        }
    if Share.LANGUAGES in shares:
        part["languages"] = list(client.languages)
        part["letter_language"] = client.letter_language.value
    if Share.HOUSEHOLD in shares:
        part["household"] = [
            {"relation": h.relation, "age_range": h.age_range} for h in client.household
        ]
    if Share.NEEDS in shares:
        part["needs"] = [
            {"category": n.category, "urgency": n.urgency.value, "reason": n.reason, "met": n.met}
            for n in client.needs
        ]
    if Share.CONTACT in shares:
        part["contact"] = {"phone": client.phone, "email": client.email, "area": client.area}
    if Share.BARRIERS in shares:
        part["barriers"] = {k: v.value for k, v in vars(client.barriers).items()}
    if Share.REFERRALS in shares:
        assert client.id is not None
        rows = referrals_repo.list_referrals(
            session.conn, ReferralFilter(client_id=client.id, limit=10_000)
        )
        part["referrals"] = [
            {
                "date": r.created_at.date().isoformat(),
                "service": ref.service_name,
                "categories": list(ref.categories),
                "state": ref.state.value,
            }
            for r in sorted(rows, key=lambda r: (r.created_at, r.id))
            if (ref := referrals_repo.load_referral(session.conn, r.id)) is not None
        ]
    return part


def _trusted(session: VaultSession, key: str) -> Partner:
    partner = trusted_partner(session, key)
    if partner is None:
        raise KnownError(ErrorCode.SENDER_UNTRUSTED, file="", key=key[:16])
    return partner


def preview_transfer(
    session: VaultSession, client_id: int, partner_key: str, consent: TransferConsent
) -> TransferPreview:
    require(session.user, Permission.TRANSFER_CLIENTS)
    if not consent.shares:
        raise KnownError(ErrorCode.INVALID_INPUT, field="shares", reason="nothing to share")
    partner = _trusted(session, partner_key)
    client = clients_repo.load_client(session.conn, client_id)
    if client is None:
        raise KnownError(ErrorCode.NOT_FOUND, client=client_id)
    days = int(get_setting(session.conn, "transfers.expiry_days"))
    return TransferPreview(
        client_id,
        partner,
        consent,
        _client_part(session, client, consent.shares),
        session.clock.now() + timedelta(days=days),
    )


def _pad(body: bytes) -> bytes:
    need = len(MAGIC) + HPKE_OVERHEAD + 4 + len(body)
    size = next((s for s in SIZE_CLASSES if s >= need), None)
    if size is None:
        raise KnownError(ErrorCode.FILE_TOO_LARGE, file="transfer")
    plain = len(body).to_bytes(4, "big") + body
    return plain + b"\0" * (size - len(MAGIC) - HPKE_OVERHEAD - len(plain))


def _info(recipient_key: str) -> bytes:
    return f"passerelle-transfer/v1/{recipient_key}".encode()


def export_transfer(
    session: VaultSession, preview: TransferPreview, folder: Path, *, days: int | None = None
) -> Sent:
    """Write the file into `folder` under a random name; audit "sent" with the consent."""
    require(session.user, Permission.TRANSFER_CLIENTS)
    keys = org_keys(session)
    now = session.clock.now()
    expires = now + timedelta(days=days) if days is not None else preview.expires
    transfer_id = uuid.uuid4().hex
    doc: dict[str, Any] = {
        "format": FORMAT,
        "transfer_id": transfer_id,
        "sender": keys.key_id,
        "recipient": preview.partner.key_id,
        "created": now.isoformat(timespec="seconds"),
        "expires": expires.isoformat(timespec="seconds"),
        "shares": sorted(s.value for s in preview.consent.shares),
        "client": preview.client,
    }
    doc["signature"] = keys.signature(LABEL, canonical(doc))
    body = canonical(doc).encode("ascii")
    sealed = seal(preview.partner.card.x_public, _pad(body), _info(preview.partner.key_id))
    data = MAGIC + sealed
    folder = Path(folder)
    if not folder.is_dir():
        raise KnownError(ErrorCode.FOLDER_MISSING)
    path = folder / (secrets.token_hex(8) + SUFFIX)
    client_id = preview.client_id
    with session.write() as c:
        atomic_write_bytes(path, data, mode=0o600)
        exchange_repo.record_transfer(
            c, transfer_id, "sent", preview.partner.key_id, client_id, now, doc["expires"]
        )
        session.audit(
            c,
            Action.TRANSFER_SENT,
            RECORD,
            client_id,
            partner=preview.partner.key_id,
            shares=doc["shares"],
            consent=preview.consent.method,
            transfer=transfer_id,
        )
    log.info("transfer written (%d bytes)", len(data))
    return Sent(path, transfer_id, len(data))


def send_transfer(
    session: VaultSession,
    client_id: int,
    partner_key: str,
    consent: TransferConsent,
    folder: Path,
    *,
    days: int | None = None,
) -> Sent:
    """Preview and write in one call (the command line)."""
    preview = preview_transfer(session, client_id, partner_key, consent)
    return export_transfer(session, preview, folder, days=days)


def _refuse(session: VaultSession, error: KnownError) -> KnownError:
    with session.write() as c:
        session.audit(c, Action.TRANSFER_REFUSED, RECORD, "", reason=error.code.value)
    log.info("transfer refused: %s", error.code.value)
    return error


def open_transfer(session: VaultSession, path: Path) -> Received:
    """Decrypt with our keys, check recipient, signature, trust, expiry and replay.

    Every refusal is audited ("refused", with the reason code) and changes nothing else."""
    require(session.user, Permission.TRANSFER_CLIENTS)
    path = Path(path)
    try:
        return _open(session, path)
    except KnownError as exc:
        if exc.code in (ErrorCode.NOT_ALLOWED, ErrorCode.IO_ERROR):
            raise
        raise _refuse(session, exc) from None


def _open(session: VaultSession, path: Path) -> Received:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError:
        raise KnownError(ErrorCode.IO_ERROR) from None
    if not data.startswith(MAGIC) or len(data) > SIZE_CLASSES[-1]:
        raise KnownError(ErrorCode.TRANSFER_NOT_FOR_US, file=name)
    sealed = data[len(MAGIC) :]
    plain: bytes | None = None
    opened_by = ""
    for keys in every_org_key(session):
        try:
            plain = open_sealed(keys.receive, sealed, _info(keys.key_id))
        except (InvalidTag, ValueError):
            continue
        opened_by = keys.key_id
        break
    if plain is None:
        raise KnownError(ErrorCode.TRANSFER_NOT_FOR_US, file=name)
    length = int.from_bytes(plain[:4], "big")
    try:
        doc = json.loads(plain[4 : 4 + length].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise KnownError(ErrorCode.PACKAGE_TAMPERED, file=name, detail="unreadable") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KnownError(ErrorCode.PACKAGE_TAMPERED, file=name, detail="not a transfer")
    if doc.get("recipient") != opened_by:
        raise KnownError(ErrorCode.TRANSFER_NOT_FOR_US, file=name)
    sender = trusted_partner(session, str(doc.get("sender", "")))
    if sender is None:
        raise KnownError(ErrorCode.SENDER_UNTRUSTED, file=name, key=str(doc.get("sender"))[:16])
    signature = doc.pop("signature", None)
    if not isinstance(signature, str) or not verifies(
        sender.card.sign_public, signature, LABEL, sender.key_id, canonical(doc)
    ):
        raise KnownError(ErrorCode.PACKAGE_TAMPERED, file=name, detail="signature does not match")
    try:
        expires = datetime.fromisoformat(str(doc["expires"]))
        shares = frozenset(Share(s) for s in doc["shares"])
        client, referrals = _client_from(doc["client"], shares)
    except (KeyError, ValueError, TypeError):
        raise KnownError(ErrorCode.PACKAGE_TAMPERED, file=name, detail="incomplete") from None
    if session.clock.now() > expires:
        raise KnownError(ErrorCode.TRANSFER_EXPIRED, file=name, date=expires.date().isoformat())
    seen = exchange_repo.transfer_seen(session.conn, str(doc["transfer_id"]))
    if seen is not None:
        raise KnownError(ErrorCode.TRANSFER_REPLAYED, file=name, date=seen[:10])
    return Received(
        name,
        str(doc["transfer_id"]),
        sender,
        str(doc["created"]),
        str(doc["expires"]),
        shares,
        client,
        referrals,
        find_duplicates(session, client),
    )


def _client_from(
    part: dict[str, Any], shares: frozenset[Share]
) -> tuple[Client, list[dict[str, Any]]]:
    name = part.get("name", {}) if Share.NAME in shares else {}
    contact = part.get("contact", {}) if Share.CONTACT in shares else {}
    barriers = (
        Barriers(**{k: Tri(v) for k, v in part["barriers"].items() if k in vars(Barriers())})
        if Share.BARRIERS in shares and "barriers" in part
        else Barriers()
    )
    client = Client(
        given_name=str(name.get("given", "")),
        family_name=str(name.get("family", "")),
        preferred_name=str(name.get("preferred", "")),
        latin_name=str(name.get("latin", "")),
        birth_year=name.get("birth_year") if isinstance(name.get("birth_year"), int) else None,
        age_range=str(name.get("age_range", "")),
        languages=tuple(str(x) for x in part.get("languages", ())),
        household=tuple(
            HouseholdMember(str(h["relation"]), str(h.get("age_range", "")))
            for h in part.get("household", ())
        ),
        needs=tuple(
            Need(
                str(n["category"]),
                Urgency(n.get("urgency", "this-week")),
                str(n.get("reason", "")),
                bool(n.get("met", False)),
            )
            for n in part.get("needs", ())
        ),
        phone=str(contact.get("phone", "")),
        email=str(contact.get("email", "")),
        area=str(contact.get("area", "")),
        barriers=barriers,
    )
    referrals = [dict(r) for r in part.get("referrals", ())]
    if not client.has_a_name:
        client = replace(client, preferred_name="(transfer)")
    return client, referrals


def _referral_note(received: Received) -> str:
    if not received.referrals:
        return ""
    lines = [f"Referrals before the transfer from {received.sender.card.name}:"]
    for r in received.referrals:
        lines.append(f"- {r.get('date', '')} {r.get('service', '')} ({r.get('state', '')})")
    return "\n".join(lines)


def accept_transfer(
    session: VaultSession, received: Received, merge_into: int | None = None
) -> Client:
    """Import as a new client, or add to an existing one (its own values are kept)."""
    require(session.user, Permission.TRANSFER_CLIENTS)
    if exchange_repo.transfer_seen(session.conn, received.transfer_id) is not None:
        raise KnownError(ErrorCode.TRANSFER_REPLAYED, file=received.file, date="")
    incoming = replace(received.client, notes=_referral_note(received))
    if merge_into is None:
        saved = intake.create_client(session, incoming)
    else:
        existing = intake.view_client(session, merge_into)
        saved = intake.update_client(session, _merged(existing, incoming))
    assert saved.id is not None
    with session.write() as c:
        exchange_repo.record_transfer(
            c,
            received.transfer_id,
            "received",
            received.sender.key_id,
            saved.id,
            session.clock.now(),
            received.expires,
        )
        session.audit(
            c,
            Action.TRANSFER_RECEIVED,
            RECORD,
            saved.id,
            partner=received.sender.key_id,
            transfer=received.transfer_id,
            merged=merge_into is not None,
        )
    return saved


def _merged(existing: Client, incoming: Client) -> Client:
    """Fill what the existing record lacks; never overwrite what this agency recorded."""
    fills: dict[str, Any] = {}
    for name in (
        "given_name",
        "family_name",
        "preferred_name",
        "latin_name",
        "age_range",
        "phone",
        "email",
        "area",
    ):
        if not getattr(existing, name) and getattr(incoming, name):
            fills[name] = getattr(incoming, name)
    if existing.birth_year is None and incoming.birth_year is not None:
        fills["birth_year"] = incoming.birth_year
    fills["languages"] = tuple(dict.fromkeys((*existing.languages, *incoming.languages)))
    if not existing.household:
        fills["household"] = incoming.household
    have = {n.category for n in existing.needs if not n.met}
    fills["needs"] = existing.needs + tuple(n for n in incoming.needs if n.category not in have)
    if incoming.notes:
        fills["notes"] = "\n\n".join(p for p in (existing.notes, incoming.notes) if p)
    return replace(existing, **fills)


class AfterTransfer(StrEnum):
    KEEP = "keep"
    ARCHIVE = "archive"
    DELETE = "delete"


def mark_transferred(session: VaultSession, client_id: int, then: AfterTransfer) -> None:
    """The sender's record after a transfer: kept, archived, or deleted (by policy)."""
    require(session.user, Permission.TRANSFER_CLIENTS)
    with session.write() as c:
        session.audit(c, Action.CLIENT_TRANSFERRED, RECORD, client_id, then=then.value)
    if then is AfterTransfer.ARCHIVE:
        intake.set_archived(session, client_id, True)
    elif then is AfterTransfer.DELETE:
        intake.delete_client(session, client_id)


def client_id_for_number(session: VaultSession, number: str) -> int | None:
    """The client with this number (C-000042), for the command line."""
    require(session.user, Permission.TRANSFER_CLIENTS)
    from intake_app.vault.retention_repo import client_id_by_number

    return client_id_by_number(session.conn, number)
