"""The JSON summary, for an umbrella organization that adds up several sites.

Same tables, same category codes (the Passerelle taxonomy, ISO 639 language codes, age
ranges), same suppression as the screen: a hidden cell is `null`. Labels in French and
English sit beside the codes. Adding up sites' released cells is safe; a site's hidden
cell stays unknown.
"""

from __future__ import annotations

import json
from typing import Any

from intake_app.domain.common import Lang
from intake_app.reports.labels import category_label, rule_text, title
from intake_app.reports.release import ReleasedReport, TableKind

FORMAT = "passerelle-report"
VERSION = 1


def report_dict(report: ReleasedReport) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "period": {
            "label": report.period.label,
            "start": report.period.start.isoformat(),
            "end_exclusive": report.period.end.isoformat(),
            "months": report.period.month_count,
        },
        "scope": report.scope.value,
        "partial": report.partial,
        "made_on": report.made_on.isoformat(),
        "disclosure": {
            "unit": "distinct people",
            "min_cell": report.k,
            "method": "primary suppression below min_cell, complementary suppression "
            "audited exactly against every linear relation of the release",
            "suppressed": None,
            "rule": {"fr": rule_text(report.k, Lang.FR), "en": rule_text(report.k, Lang.EN)},
        },
        "clients_served": report.served,
        "attendance_rate": report.attendance_rate,
        "median_days_referral_to_outcome": report.median_days,
        "tables": {
            t.id: {
                "kind": t.kind.value,
                "title": {"fr": title(t.id, Lang.FR), "en": title(t.id, Lang.EN)},
                **({"total": t.total} if t.kind is TableKind.PARTITION else {}),
                "cells": [
                    {
                        "code": c.category,
                        "label": {
                            "fr": category_label(t.id, c.category, Lang.FR),
                            "en": category_label(t.id, c.category, Lang.EN),
                        },
                        "people": c.value,
                    }
                    for c in t.cells
                ],
            }
            for t in report.tables
        },
    }


def report_json(report: ReleasedReport) -> bytes:
    return (json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
