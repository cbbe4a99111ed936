"""Dates and times shown in the accounts, backup and audit views, in the UI's locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def short_datetime(moment: datetime) -> str:
    """`moment` as the locale's short date and time (wall-clock time as recorded)."""
    qt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)
