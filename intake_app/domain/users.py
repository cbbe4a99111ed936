"""Staff accounts. A user's name is staff data, not client data, but still never logged."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    COORDINATOR = "coordinator"
    CASEWORKER = "caseworker"


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    must_change_passphrase: bool = False
    active: bool = True

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR
