"""This vault's organization identity and the cards of the organizations it works with.

The organization key pair (Ed25519 to sign, X25519 to receive) is made with the vault,
and for a vault from before organization keys once, at the first coordinator unlock
after the upgrade (`vault.org_keys`); its private halves live only inside the encrypted
database (never in a file beside it). A card is the public half with the
organization's name and contact, signed by its own key; another vault believes it only
after a coordinator has read the fingerprint back to the other agency by phone.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from intake_app.domain.audit import Action
from intake_app.domain.permissions import Permission, require
from intake_app.errors import ErrorCode, KnownError
from intake_app.exchange.keys import canonical, fingerprint, key_id, short_key
from intake_app.vault import exchange_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.exchange_repo import OrgKeyRow, PartnerRow
from intake_app.vault.keyslots import raw_public
from intake_app.vault.org_keys import new_key_row
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting
from intake_app.vault.signing import message, verifies

log = logging.getLogger(__name__)

CARD_FORMAT = "passerelle-org-card/1"
CARD_SUFFIX = ".passerelle-card"
CARD_LABEL = "org-card"
MAX_CARD_BYTES = 16 * 1024


@dataclass(frozen=True)
class OrgKeys:
    """Our current key pair, for signing and opening (never leaves the process)."""

    key_id: str
    sign: Ed25519PrivateKey
    receive: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return raw_public(self.sign)

    @property
    def x_public(self) -> bytes:
        return raw_public(self.receive)

    def signature(self, label: str, text: str) -> str:
        return base64.b64encode(self.sign.sign(message(label, self.key_id, text))).decode()


@dataclass(frozen=True)
class Card:
    """An organization card: public keys, name and contact, self-signed."""

    name: str
    contact: str
    sign_public: bytes
    x_public: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.sign_public, self.x_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.x_public)

    def body(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "name": self.name,
            "contact": self.contact,
            "sign_public": base64.b64encode(self.sign_public).decode(),
            "x_public": base64.b64encode(self.x_public).decode(),
        }


class PartnerState(StrEnum):
    PENDING = "pending"  # imported, fingerprint not yet confirmed
    TRUSTED = "trusted"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Partner:
    card: Card
    state: PartnerState
    imported_at: str
    trusted_at: str | None
    revoked_at: str | None
    replaced_by: str | None
    directory_version: int

    @property
    def key_id(self) -> str:
        return self.card.key_id


def _keys_from(row: OrgKeyRow) -> OrgKeys:
    return OrgKeys(
        row.key_id,
        Ed25519PrivateKey.from_private_bytes(row.sign_private),
        X25519PrivateKey.from_private_bytes(row.x_private),
    )


def org_keys(session: VaultSession) -> OrgKeys:
    """Our current organization keys (made with the vault, or at the first coordinator
    unlock after the upgrade; a vault opened read-only on a full disk may not have them
    yet)."""
    require(session.user, Permission.MANAGE_PARTNERS)
    row = exchange_repo.current_key(session.conn)
    if row is None:
        raise KnownError(ErrorCode.ORG_KEY_MISSING)
    return _keys_from(row)


def every_org_key(session: VaultSession) -> list[OrgKeys]:
    """Current and retired keys: what was sent to an old key still opens."""
    require(session.user, Permission.MANAGE_PARTNERS)
    return [_keys_from(r) for r in exchange_repo.all_keys(session.conn)]


def replace_org_key(session: VaultSession) -> OrgKeys:
    """A new key pair (after a suspected leak, or by routine); partners need the new card.

    The old pair is retired, not deleted: transfers already on their way to it still
    open, but it no longer signs anything."""
    require(session.user, Permission.MANAGE_PARTNERS)
    old = org_keys(session)
    with session.write() as c:
        exchange_repo.retire_key(c, old.key_id, session.clock.now())
        row = new_key_row(session.clock.now())
        exchange_repo.add_key(c, row)
        session.audit(
            c, Action.ORG_KEY_REPLACED, "org_key", short_key(row.key_id), old=short_key(old.key_id)
        )
    return _keys_from(row)


def own_card(session: VaultSession) -> Card:
    keys = org_keys(session)
    conn = session.conn
    contact = " · ".join(
        str(v)
        for v in (
            get_setting(conn, "org.address"),
            get_setting(conn, "org.phone"),
            get_setting(conn, "org.email"),
        )
        if v
    )
    return Card(str(get_setting(conn, "org.name")), contact, keys.sign_public, keys.x_public)


def card_bytes(session: VaultSession) -> bytes:
    """The card file: its body and a signature by its own key (proof the sender holds it)."""
    keys = org_keys(session)
    body = own_card(session).body()
    doc = {**body, "signature": keys.signature(CARD_LABEL, canonical(body))}
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def export_card(session: VaultSession, path: Path, *, qr_svg: bool = True) -> Card:
    """Write the card (and a QR code of it as SVG beside, for a phone to carry)."""
    require(session.user, Permission.MANAGE_PARTNERS)
    data = card_bytes(session)
    atomic_write_bytes(Path(path), data, mode=0o644)
    if qr_svg:
        atomic_write_bytes(Path(path).with_suffix(".svg"), qr_code_svg(data), mode=0o644)
    card = own_card(session)
    with session.write() as c:
        session.audit(c, Action.ORG_CARD_EXPORTED, "org_key", short_key(card.key_id))
    return card


def qr_code_svg(data: bytes) -> bytes:
    """The card as a QR code (SVG, no image library needed)."""
    import io

    import qrcode
    import qrcode.image.svg

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    image = code.make_image(image_factory=qrcode.image.svg.SvgPathImage)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()


def _b64field(doc: dict[str, Any], name: str, file: str) -> bytes:
    try:
        raw = base64.b64decode(str(doc[name]).encode("ascii"), validate=True)
    except (KeyError, ValueError, binascii.Error, UnicodeEncodeError):
        raise KnownError(ErrorCode.CARD_INVALID, file=file) from None
    if len(raw) != 32:
        raise KnownError(ErrorCode.CARD_INVALID, file=file)
    return raw


def parse_card(data: bytes, file: str) -> Card:
    """Read and check a card: its format, its keys, and its own signature."""
    if len(data) > MAX_CARD_BYTES:
        raise KnownError(ErrorCode.FILE_TOO_LARGE, file=file)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KnownError(ErrorCode.CARD_INVALID, file=file) from None
    if not isinstance(doc, dict) or doc.get("format") != CARD_FORMAT:
        raise KnownError(ErrorCode.CARD_INVALID, file=file)
    name, contact = doc.get("name"), doc.get("contact", "")
    if not isinstance(name, str) or not name.strip() or not isinstance(contact, str):
        raise KnownError(ErrorCode.CARD_INVALID, file=file)
    card = Card(
        name.strip()[:200],
        contact.strip()[:400],
        _b64field(doc, "sign_public", file),
        _b64field(doc, "x_public", file),
    )
    signature = doc.get("signature")
    if card.body() != {k: doc[k] for k in doc if k != "signature"} or not isinstance(
        signature, str
    ):
        raise KnownError(ErrorCode.CARD_INVALID, file=file)
    if not verifies(card.sign_public, signature, CARD_LABEL, card.key_id, canonical(card.body())):
        raise KnownError(ErrorCode.CARD_INVALID, file=file)
    return card


def read_card(path: Path) -> Card:
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise KnownError(ErrorCode.IO_ERROR) from None
    return parse_card(data, Path(path).name)


def _partner(row: PartnerRow) -> Partner:
    state = (
        PartnerState.REVOKED
        if row.revoked_at
        else PartnerState.TRUSTED
        if row.trusted_at
        else PartnerState.PENDING
    )
    return Partner(
        Card(row.name, row.contact, row.sign_public, row.x_public),
        state,
        row.imported_at,
        row.trusted_at,
        row.revoked_at,
        row.replaced_by,
        row.directory_version,
    )


def import_card(session: VaultSession, path: Path) -> Partner:
    """Store a card as *pending*: nothing it signs is believed until `trust_partner`."""
    require(session.user, Permission.MANAGE_PARTNERS)
    card = read_card(path)
    if card.key_id in {k.key_id for k in every_org_key(session)}:
        raise KnownError(ErrorCode.INVALID_INPUT, field="card", reason="this vault's own card")
    with session.write() as c:
        exchange_repo.add_partner(
            c,
            card.key_id,
            card.name,
            card.contact,
            card.sign_public,
            card.x_public,
            session.clock.now(),
        )
        session.audit(c, Action.PARTNER_CARD_IMPORTED, "partner", short_key(card.key_id))
    return partner(session, card.key_id)


def partner(session: VaultSession, key: str) -> Partner:
    require(session.user, Permission.MANAGE_PARTNERS)
    row = exchange_repo.partner(session.conn, key)
    if row is None:
        raise KnownError(ErrorCode.NOT_FOUND)
    return _partner(row)


def find_partner(session: VaultSession, text: str) -> Partner:
    """A partner by key id (or its start, as the CLI prints it) or by exact name."""
    require(session.user, Permission.MANAGE_PARTNERS)
    text = text.strip()
    found = [
        p
        for p in list_partners(session)
        if (len(text) >= 8 and p.key_id.startswith(text.lower())) or p.card.name == text
    ]
    live = [p for p in found if p.state is not PartnerState.REVOKED] or found
    if len(live) != 1:
        raise KnownError(ErrorCode.NOT_FOUND)
    return live[0]


def list_partners(session: VaultSession) -> list[Partner]:
    require(session.user, Permission.MANAGE_PARTNERS)
    return [_partner(r) for r in exchange_repo.partners(session.conn)]


def trust_partner(session: VaultSession, key: str, replaces: str | None = None) -> Partner:
    """The coordinator read the fingerprint back by phone and it matched.

    `replaces` names an older card of the same organization: it is revoked, and the new
    one inherits its directory version so an old package still cannot come back."""
    require(session.user, Permission.MANAGE_PARTNERS)
    new = partner(session, key)
    old = partner(session, replaces) if replaces else None
    with session.write() as c:
        now = session.clock.now()
        exchange_repo.set_trusted(c, key, session.user.id, now)
        session.audit(c, Action.PARTNER_TRUSTED, "partner", short_key(key))
        if old is not None:
            exchange_repo.set_revoked(c, old.key_id, now, key)
            exchange_repo.set_directory_version(
                c, key, max(new.directory_version, old.directory_version)
            )
            session.audit(
                c,
                Action.PARTNER_REVOKED,
                "partner",
                short_key(old.key_id),
                replaced_by=short_key(key),
            )
    return partner(session, key)


def revoke_partner(session: VaultSession, key: str) -> Partner:
    require(session.user, Permission.MANAGE_PARTNERS)
    partner(session, key)
    with session.write() as c:
        exchange_repo.set_revoked(c, key, session.clock.now(), None)
        session.audit(c, Action.PARTNER_REVOKED, "partner", short_key(key))
    return partner(session, key)


def trusted_partner(session: VaultSession, key: str) -> Partner | None:
    """The partner with this key id if (and only if) it is trusted and not revoked."""
    row = exchange_repo.partner(session.conn, key)
    if row is None:
        return None
    found = _partner(row)
    return found if found.state is PartnerState.TRUSTED else None
