"""Vault-wide settings, declared once with their type and default.

They live encrypted in the vault (the organization's address is not secret, but the
letterhead and retention rules belong with the data they govern). QSettings hold only
window geometry, the UI language and the last user name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: Any) -> Any:
        if self.type is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{self.key} must be true or false")
            return value
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{self.key} must be a whole number")
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key} must be at least {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key} must be at most {self.maximum}")
            return value
        if self.type is str:
            if not isinstance(value, str):
                raise ValueError(f"{self.key} must be text")
            return value
        raise TypeError(self.type)


_SPECS = (
    SettingSpec("org.name", str, ""),
    SettingSpec("org.address", str, ""),
    SettingSpec("org.phone", str, ""),
    SettingSpec("org.email", str, ""),
    SettingSpec("security.idle_lock_minutes", int, 5, minimum=1, maximum=240),
    SettingSpec("clients.sensitive_note_enabled", bool, False),
    SettingSpec("retention.months", int, 24, minimum=1, maximum=240),
    SettingSpec("letters.default_language", str, "fr"),
    SettingSpec("letters.paper_size", str, "letter"),
    SettingSpec("letters.signature_line", str, ""),
    SettingSpec("letters.qr_code", bool, False),
    SettingSpec("letters.logo_png", str, ""),  # base64 PNG, kept in the vault
    # Disclosure control: no released report cell counts fewer people than this.
    SettingSpec("reports.min_cell", int, 5, minimum=3, maximum=10),
    # Reading languages a coordinator turned off (comma-separated codes): their texts are
    # not printed until turned on again (e.g. while no fluent speaker has read them).
    SettingSpec("letters.reading_languages_off", str, ""),
    SettingSpec("backup.folder", str, ""),
    SettingSpec("backup.keep", int, 7, minimum=1, maximum=365),
    SettingSpec("backup.daily", bool, False),
    # Days from a referral to its follow-up, by the urgency of the need it answers.
    SettingSpec("referrals.follow_up_days.today", int, 2, minimum=0, maximum=90),
    SettingSpec("referrals.follow_up_days.this_week", int, 7, minimum=0, maximum=90),
    SettingSpec("referrals.follow_up_days.later", int, 30, minimum=0, maximum=365),
    # A directory file without an organization's signature: imported with an "unsigned
    # source" mark when true, refused when false (signed packages are always verified).
    # New vaults refuse; a vault from before signed packages kept allowing (its upgrade
    # step stored True), and so does the demo vault.
    SettingSpec("directory.allow_unsigned", bool, False),
    # The version number of the last signed directory package this vault published.
    SettingSpec("directory.published_version", int, 0, minimum=0, maximum=2**53),
    SettingSpec("transfers.expiry_days", int, 30, minimum=1, maximum=365),
)

SETTINGS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}
