"""`intake-app seed-demo`: deterministic fictional data for training and benchmarks."""

from __future__ import annotations

import argparse
import sys
import time

from intake_app.cli.common import add_vault_arguments, unlocked


def register(sub: argparse._SubParsersAction) -> None:
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
    seed.set_defaults(func=cmd_seed)


def cmd_seed(args: argparse.Namespace) -> int:
    from intake_app.demo import seed_vault

    if args.clients < 0 or args.services < 0:
        print("intake-app: --clients and --services must be zero or more", file=sys.stderr)
        return 2
    start = time.perf_counter()
    with unlocked(args) as session:
        services, clients = seed_vault(
            session, clients=args.clients, services=args.services, seed=args.seed
        )
    elapsed = time.perf_counter() - start
    print(f"Added {services} services and {clients} clients in {elapsed:.1f} s.")
    return 0
