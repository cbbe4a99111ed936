"""`intake-app org-card …`, `publish-directory` and `transfer …`: working with other
agencies from scripts (monthly directory updates, a transfer from a desk without the
window). Output names organizations and key ids, never a client's name."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.cli.common import add_vault_arguments, unlocked
from intake_app.errors import ErrorCode, KnownError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    card = sub.add_parser(
        "org-card",
        help="this organization's card, and the cards of agencies it works with",
        description="An organization card holds an agency's name, contact and public keys. "
        "Import another agency's card, read its fingerprint to them by phone, then trust it "
        "with the fingerprint they confirmed; only then are its files believed.",
    )
    verbs = card.add_subparsers(dest="verb", metavar="VERB", required=True)
    exp = verbs.add_parser("export", help="write this organization's card (and a QR code .svg)")
    add_vault_arguments(exp)
    exp.add_argument("path", metavar="FILE")
    exp.add_argument("--no-qr", action="store_true", help="do not write the QR code beside")
    exp.set_defaults(func=cmd_card_export)
    imp = verbs.add_parser("import", help="store another agency's card (pending until trusted)")
    add_vault_arguments(imp)
    imp.add_argument("path", metavar="FILE")
    imp.set_defaults(func=cmd_card_import)
    trust = verbs.add_parser("trust", help="trust a card after comparing its fingerprint")
    add_vault_arguments(trust)
    trust.add_argument("key", metavar="KEY", help="the key id (or its first 8+ characters)")
    trust.add_argument(
        "--fingerprint",
        required=True,
        help="the 30 digits the other agency read to you (spaces ignored)",
    )
    trust.add_argument("--replaces", metavar="OLD_KEY", help="an older card it replaces")
    trust.set_defaults(func=cmd_card_trust)
    rev = verbs.add_parser("revoke", help="stop trusting a card")
    add_vault_arguments(rev)
    rev.add_argument("key", metavar="KEY")
    rev.set_defaults(func=cmd_card_revoke)
    new = verbs.add_parser(
        "new-key",
        help="replace this organization's key pair (partners must import the new card)",
    )
    add_vault_arguments(new)
    new.set_defaults(func=cmd_new_key)
    lst = verbs.add_parser("list", help="this organization's fingerprint and every card")
    add_vault_arguments(lst)
    lst.set_defaults(func=cmd_card_list)

    pub = sub.add_parser(
        "publish-directory",
        help="write the directory as an HSDS package signed with the organization key",
        description="Writes an HSDS 3.0 tabular data package (.zip) with manifest.json "
        "(SHA-256 of every file, publisher key, version, date) and manifest.sig (Ed25519). "
        "Each publication has the next version number.",
    )
    add_vault_arguments(pub)
    pub.add_argument("--to", required=True, metavar="FILE", help="the .zip to write")
    pub.add_argument("--include-inactive", action="store_true")
    pub.set_defaults(func=cmd_publish)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def cmd_card_export(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import export_card

    path = Path(args.path).expanduser()
    with unlocked(args) as session:
        card = export_card(session, path, qr_svg=not args.no_qr)
    print(f"Wrote the card of {card.name} to {path.name}.")
    print(f"Key: {card.key_id}")
    print(f"Fingerprint: {card.fingerprint}")
    return 0


def cmd_card_import(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import import_card

    with unlocked(args) as session:
        found = import_card(session, Path(args.path).expanduser())
    print(f"Card of {found.card.name} ({found.state.value}).")
    print(f"Key: {found.key_id}")
    print(f"Fingerprint: {found.card.fingerprint}")
    print(
        "Call them on a number you already know, compare the fingerprint, then run "
        f"`intake-app org-card trust {found.key_id[:16]} --fingerprint '...'`."
    )
    return 0


def cmd_card_trust(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import find_partner, trust_partner

    with unlocked(args) as session:
        found = find_partner(session, args.key)
        if _digits(args.fingerprint) != _digits(found.card.fingerprint):
            raise KnownError(
                ErrorCode.INVALID_INPUT,
                field="--fingerprint",
                reason="it does not match this card; do not trust it",
            )
        old = find_partner(session, args.replaces).key_id if args.replaces else None
        done = trust_partner(session, found.key_id, replaces=old)
    print(f"{done.card.name} is trusted.")
    return 0


def cmd_card_revoke(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import find_partner, revoke_partner

    with unlocked(args) as session:
        done = revoke_partner(session, find_partner(session, args.key).key_id)
    print(f"{done.card.name} is no longer trusted.")
    return 0


def cmd_new_key(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import own_card, replace_org_key

    with unlocked(args) as session:
        replace_org_key(session)
        card = own_card(session)
    print(f"New key {card.key_id}; fingerprint {card.fingerprint}.")
    print("Export the card again and send it to every agency you work with.")
    return 0


def cmd_card_list(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import list_partners, own_card

    with unlocked(args) as session:
        card = own_card(session)
        partners = list_partners(session)
    print(f"This organization: {card.name}  key {card.key_id}")
    print(f"  fingerprint {card.fingerprint}")
    for p in partners:
        print(f"{p.state.value:8} {p.card.name}  key {p.key_id}  directory v{p.directory_version}")
        print(f"  fingerprint {p.card.fingerprint}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from intake_app.exchange.directory_package import publish_directory

    path = Path(args.to).expanduser()
    with unlocked(args) as session:
        done = publish_directory(session, path, include_inactive=args.include_inactive)
    print(f"Published version {done.version} ({done.services} services) to {path.name}.")
    return 0
