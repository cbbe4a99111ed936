"""The sections of the Settings page, in tab order. Each area adds its section here."""

from __future__ import annotations

from intake_app.ui.context import AppContext
from intake_app.ui.settings.section import SettingsSection


def section_classes() -> list[type[SettingsSection]]:
    from intake_app.ui.accounts.accounts_section import AccountsSection
    from intake_app.ui.audit.audit_section import AuditSection
    from intake_app.ui.exchange.exchange_section import ExchangeSection
    from intake_app.ui.letters.letters_section import LettersSection
    from intake_app.ui.reports.reports_section import ReportsSection
    from intake_app.ui.safekeeping.backup_section import BackupSection
    from intake_app.ui.safekeeping.retention_section import RetentionSection
    from intake_app.ui.settings.general_section import GeneralSection

    return [
        GeneralSection,
        LettersSection,
        AccountsSection,
        BackupSection,
        RetentionSection,
        ReportsSection,
        ExchangeSection,
        AuditSection,
    ]


def build_sections(context: AppContext) -> list[SettingsSection]:
    sections = [cls(context) for cls in section_classes()]
    return [s for s in sections if s.visible_to_user()]
