"""Generated directories for the import benchmarks and the export-validity tests.

`write_hsds11_package` writes an HSDS 1.1 data package shaped like a 211 export (CSV
files under `data/`, template name, regular schedules, languages by name, AIRS codes);
`write_big_json` writes an HSDS 3 JSON array of small services up to a size. Names and
numbers are invented and deterministic (a seeded random generator).
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

_AIRS = [
    ("BD-1800.2000", "Food Pantries"),
    ("BH-1800.8500", "Homeless Shelter"),
    ("BH-3800.7000", "Rent Payment Assistance"),
    ("LH-2600.1700", "Sliding Scale Clinics"),
    ("ND-2000", "Employment Preparation"),
    ("FT-1800", "Legal Counseling"),
    ("RP-1500", "Crisis Intervention"),
    ("BT-4500", "Transportation"),
]
_LANGUAGES = ["English", "Spanish", "Español", "French", "Haitian Creole", "Vietnamese", "ar"]
_WORDS = [
    "community",
    "family",
    "senior",
    "youth",
    "health",
    "food",
    "housing",
    "legal",
    "care",
    "help",
    "center",
]


def _csv(rows: list[list[object]]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def write_hsds11_package(folder: Path, services: int, seed: int = 15) -> Path:
    """An HSDS 1.1 package with `services` services (four per organization)."""
    rnd = random.Random(seed)
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    orgs = [["id", "name", "description", "email", "url"]]
    svcs = [["id", "organization_id", "name", "alternate_name", "description", "status", "fees"]]
    locs = [["id", "organization_id", "name", "latitude", "longitude"]]
    sal = [["id", "service_id", "location_id"]]
    addrs = [
        [
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "state_province",
            "postal_code",
            "country",
        ]
    ]
    phones = [["id", "service_id", "organization_id", "number", "description"]]
    sched = [["id", "service_id", "weekday", "opens_at", "closes_at"]]
    langs = [["id", "service_id", "language"]]
    tax = [["id", "name", "parent_id", "parent_name", "vocabulary"]]
    stax = [["id", "service_id", "taxonomy_id", "taxonomy_detail"]]
    elig = [["id", "service_id", "eligibility"]]
    tax += [[code, name, "", "", "AIRS"] for code, name in _AIRS]
    for o in range(1, services // 4 + 2):
        orgs.append([o, f"{rnd.choice(_WORDS).title()} Org {o}", "", f"info{o}@org.example", ""])
    for i in range(1, services + 1):
        org = (i - 1) // 4 + 1
        words = " ".join(rnd.choice(_WORDS) for _ in range(3)).title()
        svcs.append([i, org, f"{words} {i}", "", f"Service {i}: " + words * 3, "active", "Free"])
        locs.append([i, org, f"Site {i}", f"{29 + rnd.random():.5f}", f"{-82 - rnd.random():.5f}"])
        sal.append([i, i, i])
        addrs.append(
            [i, i, f"{rnd.randint(1, 9999)} Main St", "", "Gainesville", "FL", "32601", ""]
        )
        phones.append([i, i, "", f"(352) 555-{i % 10000:04d}", "Main line"])
        for day in range(1, 6):
            sched.append([f"{i}-{day}", i, day, "09:00", "17:00"])
        for n, lang in enumerate(rnd.sample(_LANGUAGES, 2)):
            langs.append([f"{i}-{n}", i, lang])
        code, _name = rnd.choice(_AIRS)
        stax.append([i, i, code, ""])
        elig.append(["", i, "Residents of the county"])
    tables = {
        "organizations.csv": orgs,
        "services.csv": svcs,
        "locations.csv": locs,
        "services_at_location.csv": sal,
        "physical_addresses.csv": addrs,
        "phones.csv": phones,
        "regular_schedules.csv": sched,
        "languages.csv": langs,
        "taxonomy.csv": tax,
        "services_taxonomy.csv": stax,
        "eligibility.csv": elig,
    }
    for name, rows in tables.items():
        (data / name).write_text(_csv(rows), "utf-8")
    meta = {
        "name": "human_services_data",
        "resources": [{"name": n[:-4], "path": f"data/{n}"} for n in tables],
    }
    (folder / "datapackage.json").write_text(json.dumps(meta, indent=1), "utf-8")
    return folder


def write_big_json(path: Path, target_bytes: int, seed: int = 15) -> int:
    """An HSDS 3 JSON array of small services, about `target_bytes` long; returns the count."""
    rnd = random.Random(seed)
    out = path.open("w", encoding="utf-8")
    out.write("[")
    size, n = 1, 0
    while size < target_bytes - 300:
        rec = {
            "id": f"s{n}",
            "name": " ".join(rnd.choice(_WORDS) for _ in range(3)).title() + f" {n}",
            "status": "active",
            "organization": {"id": f"o{n // 10}", "name": f"Org {n // 10}", "description": ""},
            "languages": [{"id": f"l{n}", "code": "es"}],
        }
        text = ("," if n else "") + json.dumps(rec, separators=(",", ":"))
        out.write(text)
        size += len(text)
        n += 1
    out.write("]")
    out.close()
    return n
