"""Translated words for referral states and closing reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.referrals import CloseReason, ReferralState

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

_CTX = "ReferralLabels"

STATE = {
    ReferralState.CREATED: QT_TRANSLATE_NOOP("ReferralLabels", "Created"),
    ReferralState.PRINTED: QT_TRANSLATE_NOOP("ReferralLabels", "Letter printed"),
    ReferralState.ATTENDED: QT_TRANSLATE_NOOP("ReferralLabels", "Attended"),
    ReferralState.NO_SHOW: QT_TRANSLATE_NOOP("ReferralLabels", "Did not go"),
    ReferralState.DECLINED: QT_TRANSLATE_NOOP("ReferralLabels", "Declined"),
    ReferralState.CLOSED: QT_TRANSLATE_NOOP("ReferralLabels", "Closed"),
}

# What the button that moves a referral *to* a state says.
ACTION = {
    ReferralState.PRINTED: QT_TRANSLATE_NOOP("ReferralLabels", "Letter given"),
    ReferralState.ATTENDED: QT_TRANSLATE_NOOP("ReferralLabels", "Attended"),
    ReferralState.NO_SHOW: QT_TRANSLATE_NOOP("ReferralLabels", "Did not go"),
    ReferralState.DECLINED: QT_TRANSLATE_NOOP("ReferralLabels", "Declined"),
}

CLOSE_REASON = {
    CloseReason.SERVICE_RECEIVED: QT_TRANSLATE_NOOP("ReferralLabels", "Service received"),
    CloseReason.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("ReferralLabels", "No longer needed"),
    CloseReason.REFERRED_ELSEWHERE: QT_TRANSLATE_NOOP("ReferralLabels", "Referred elsewhere"),
    CloseReason.LOST_CONTACT: QT_TRANSLATE_NOOP("ReferralLabels", "Lost contact"),
    CloseReason.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("ReferralLabels", "Not eligible there"),
    CloseReason.OTHER: QT_TRANSLATE_NOOP("ReferralLabels", "Other reason"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def state_text(state: ReferralState) -> str:
    return tr(STATE[state])
