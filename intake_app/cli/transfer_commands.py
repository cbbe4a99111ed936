"""`intake-app transfer export|import|done`: a consented client transfer as one file.

The command line prints counts, key ids and the random file name; the client's fields
appear only in `import --preview`'s terminal output, which the user asked for."""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.cli.common import add_vault_arguments, unlocked
from intake_app.errors import ErrorCode, KnownError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from intake_app.exchange.transfer import Share

    t = sub.add_parser(
        "transfer",
        help="send a client to another agency, or receive one, as an encrypted file",
        description="A transfer is one file encrypted to the receiving agency's key and "
        "signed by the sender, with a random name, a padded size and an expiry date.",
    )
    verbs = t.add_subparsers(dest="verb", metavar="VERB", required=True)
    exp = verbs.add_parser("export", help="write a transfer file for a trusted agency")
    add_vault_arguments(exp)
    exp.add_argument("--client", required=True, metavar="NUMBER", help="e.g. C-000042")
    exp.add_argument("--to-agency", required=True, metavar="KEY", help="key id or exact name")
    exp.add_argument("--out", required=True, metavar="FOLDER", help="where to write the file")
    exp.add_argument(
        "--share",
        default="name,languages,household,needs,referrals",
        help="what the client agreed to share, comma-separated, from: "
        + ", ".join(s.value for s in Share if s is not Share.BARRIERS),
    )
    exp.add_argument(
        "--client-agreed-to-share-barriers",
        action="store_true",
        help="also send the practical barriers (only if the client explicitly agreed)",
    )
    exp.add_argument("--consent", choices=("verbal", "written"), required=True)
    exp.add_argument("--days", type=int, help="days until it expires (default: Settings, 30)")
    exp.set_defaults(func=cmd_export)

    imp = verbs.add_parser("import", help="open a transfer file addressed to this agency")
    add_vault_arguments(imp)
    imp.add_argument("path", metavar="FILE")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--preview", action="store_true", help="show what it holds; store nothing")
    how.add_argument("--merge-into", metavar="NUMBER", help="add it to this existing client")
    how.add_argument(
        "--as-new", action="store_true", help="import as a new client even if it looks known"
    )
    imp.set_defaults(func=cmd_import)

    done = verbs.add_parser("done", help="mark a client transferred: keep, archive or delete")
    add_vault_arguments(done)
    done.add_argument("--client", required=True, metavar="NUMBER")
    done.add_argument("--then", choices=("keep", "archive", "delete"), default="archive")
    done.set_defaults(func=cmd_done)


def _client_id(session: object, number: str) -> int:
    from intake_app.exchange.transfer import client_id_for_number

    found = client_id_for_number(session, number)  # type: ignore[arg-type]
    if found is None:
        raise KnownError(ErrorCode.NOT_FOUND)
    return found


def cmd_export(args: argparse.Namespace) -> int:
    from intake_app.exchange.identity import find_partner
    from intake_app.exchange.transfer import Share, TransferConsent, send_transfer

    try:
        shares = {Share(s.strip()) for s in args.share.split(",") if s.strip()}
    except ValueError:
        raise KnownError(ErrorCode.INVALID_INPUT, field="--share", reason="unknown item") from None
    shares.discard(Share.BARRIERS)
    if args.client_agreed_to_share_barriers:
        shares.add(Share.BARRIERS)
    with unlocked(args) as session:
        partner = find_partner(session, args.to_agency)
        sent = send_transfer(
            session,
            _client_id(session, args.client),
            partner.key_id,
            TransferConsent(frozenset(shares), args.consent),
            Path(args.out).expanduser(),
            days=args.days,
        )
    print(f"Wrote {sent.path.name} ({sent.size // 1024} KiB) for {partner.card.name}.")
    print("Send it by any means; only that agency can open it.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from intake_app.exchange.transfer import accept_transfer, open_transfer

    with unlocked(args) as session:
        received = open_transfer(session, Path(args.path).expanduser())
        print(
            f"From {received.sender.card.name}, sent {received.created[:10]}, "
            f"expires {received.expires[:10]}."
        )
        print("Shared: " + ", ".join(sorted(s.value for s in received.shares)))
        if args.preview:
            c = received.client
            print(f"Name: {c.display_name}")
            print(f"Languages: {', '.join(c.languages)}")
            print(
                f"Household: {len(c.household)}  Needs: {len(c.needs)}  "
                f"Referrals: {len(received.referrals)}"
            )
        for match in received.duplicates:
            print(f"Possible match: {match.hit.number} (score {match.score:.0f})")
        if args.preview:
            print("Nothing was stored (preview).")
            return 0
        if received.duplicates and not (args.merge_into or args.as_new):
            raise KnownError(
                ErrorCode.INVALID_INPUT,
                field="--merge-into/--as-new",
                reason="this may be a client you already have; choose one",
            )
        target = _client_id(session, args.merge_into) if args.merge_into else None
        saved = accept_transfer(session, received, merge_into=target)
    print(f"Imported as {saved.number}." if target is None else f"Added to {saved.number}.")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    from intake_app.exchange.transfer import AfterTransfer, mark_transferred

    with unlocked(args) as session:
        mark_transferred(session, _client_id(session, args.client), AfterTransfer(args.then))
    print(f"Marked transferred ({args.then}).")
    return 0
