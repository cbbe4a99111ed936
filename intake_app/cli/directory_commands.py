"""`intake-app import-directory PATH` and `intake-app export-directory PATH`.

They print the same report as the window: counts of organizations, services and
locations, new and updated, and warnings. A bad file imports nothing and prints where.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from intake_app.cli.common import add_vault_arguments, unlocked


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import-directory",
        help="import a service directory in Open Referral HSDS (JSON, data package or .zip)",
        description="Reads PATH (HSDS 3 JSON: one service, a list or an API page; or a "
        "tabular data package: a folder or .zip with CSV files, HSDS 3 or 2.0), checks all "
        "of it, then stores it in one transaction. Importing the same source again updates "
        "the services it brought instead of adding copies. A signed package (see "
        "publish-directory) is verified first and refused if altered, unsigned where "
        "unsigned imports are not allowed, signed by an untrusted organization, or older "
        "than the last one imported from its publisher.",
    )
    add_vault_arguments(imp)
    imp.add_argument("path", metavar="PATH", help="the .json file, .zip or folder")
    imp.add_argument(
        "--source",
        default="",
        help="the source's stable key (e.g. sunshine-211): the same at every import of "
        "that source. Default: the known source holding the same services, else the "
        "package's name; required when the package only has the HSDS template's name",
    )
    imp.add_argument("--publisher", default="", help="who publishes the directory")
    imp.add_argument(
        "--report", metavar="CSV", default="", help="save the skipped and repaired records here"
    )
    imp.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser(
        "export-directory",
        help="export the service directory as Open Referral HSDS 3.0",
        description="Writes the directory (no client data) to PATH: a .zip data package "
        "of CSV files (--format csv, the default) or one JSON file (--format json).",
    )
    add_vault_arguments(exp)
    exp.add_argument("path", metavar="PATH", help="the file to write")
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.add_argument("--active-only", action="store_true", help="leave out deactivated services")
    exp.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    # A signed package is verified first (signature, hashes, trusted publisher, version);
    # an unsigned file is imported only where Settings allow it, and says so.
    from intake_app.directory.use_cases import save_problem_report
    from intake_app.errors import ErrorCode, KnownError
    from intake_app.exchange.directory_package import commit_package, preview_package

    path = Path(args.path).expanduser()
    with unlocked(args) as session:
        package = preview_package(session, path, args.source, publisher=args.publisher)
        preview = package.inner
        if preview.source.needs_confirmation and not args.dry_run:
            for line in package.report_lines():
                print(line)
            raise KnownError(ErrorCode.IMPORT_SOURCE_NEEDED, file=path.name)
        if not args.dry_run:
            commit_package(session, package)
    for line in package.report_lines():
        print(line)
    if args.report:
        save_problem_report(
            Path(args.report).expanduser(),
            ["file", "place", "field", "problem", "what was done", "record"],
            [[p.file, p.where, p.field, p.reason, p.action, p.record] for p in preview.problems],
        )
        print(f"Report: {len(preview.problems)} records listed in {Path(args.report).name}.")
    print("Nothing was stored (dry run)." if args.dry_run else "Imported.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from intake_app.directory.use_cases import export_directory

    path = Path(args.path).expanduser()
    with unlocked(args) as session:
        count = export_directory(session, path, args.format, include_inactive=not args.active_only)
    print(f"Exported {count} services to {path.name} (HSDS 3.0, {args.format}).")
    return 0
