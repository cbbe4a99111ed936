"""Small builders for routing tests: a service with only what a test cares about."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from intake_app.domain.services import (
    AccessMode,
    Document,
    Eligibility,
    Location,
    OpeningHours,
    Organization,
    Service,
)

ORG = Organization(id="org-1", name="Organisme (démo)")
# A Wednesday morning in Montréal.
NOW = datetime(2026, 3, 11, 10, 30, tzinfo=ZoneInfo("America/Montreal"))
WEEKDAYS_9_TO_5 = tuple(OpeningHours(d, time(9), time(17)) for d in range(1, 6))


def service(
    name: str,
    categories: tuple[str, ...] = ("housing",),
    *,
    languages: tuple[str, ...] = ("fr",),
    interpretation: bool = False,
    documents: tuple[Document, ...] = (),
    eligibility: Eligibility | None = None,
    access: tuple[AccessMode, ...] = (AccessMode.APPOINTMENT,),
    hours: tuple[OpeningHours, ...] = (),
    area: str = "",
    lat: float | None = None,
    lon: float | None = None,
    active: bool = True,
    verified: date | None = date(2026, 2, 1),
) -> Service:
    location = Location(id=f"loc-{name}", area=area, latitude=lat, longitude=lon, hours=hours)
    return Service(
        id=f"svc-{name}",
        organization=ORG,
        name=name,
        categories=frozenset(categories),
        languages=frozenset(languages),
        interpretation_offered=interpretation,
        eligibility=eligibility or Eligibility(),
        required_documents=frozenset(documents),
        access=frozenset(access),
        locations=(location,),
        active=active,
        last_verified=verified,
    )
