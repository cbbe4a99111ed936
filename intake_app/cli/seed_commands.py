"""`intake-app seed-demo`: deterministic fictional data for training and benchmarks."""

from __future__ import annotations

import argparse
import sys
import time

from intake_app.cli.common import add_vault_arguments, unlocked


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    seed = sub.add_parser(
        "seed-demo",
        help="fill a vault with deterministic fictional clients and services",
        description="Adds the embedded fictional sample directory (then generated services "
        "up to --services) and --clients generated fictional clients. The same --seed "
        "gives the same data.",
    )
    add_vault_arguments(seed)
    seed.add_argument("--clients", type=int, default=30, help="how many clients (default 30)")
    seed.add_argument("--services", type=int, default=60, help="how many services (default 60)")
    seed.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    seed.add_argument(
        "--history",
        type=int,
        default=0,
        metavar="MONTHS",
        help="spread the clients' activity (referrals, outcomes, letters) over the last "
        "MONTHS months, for the Reports page (default 0: none)",
    )
    seed.set_defaults(func=cmd_seed)


def cmd_seed(args: argparse.Namespace) -> int:
    from intake_app.demo import seed_history, seed_vault

    if args.clients < 0 or args.services < 0 or not 0 <= args.history <= 120:
        print(
            "intake-app: --clients and --services must be zero or more, --history 0 to 120",
            file=sys.stderr,
        )
        return 2
    start = time.perf_counter()
    with unlocked(args) as session:
        services, clients = seed_vault(
            session, clients=args.clients, services=args.services, seed=args.seed
        )
        referrals = seed_history(session, args.history, args.seed)
    elapsed = time.perf_counter() - start
    history = f" with {referrals} referrals over {args.history} months" if args.history else ""
    print(f"Added {services} services and {clients} clients{history} in {elapsed:.1f} s.")
    return 0
