"""Every ranking weight, in one place, so that a coordinator's question "why is this one
first?" has one answer to read.

Scores are plain sums of the bonuses below. Tests check behaviour (a walk-in service comes
before an appointment-only one for a need of today), never these numbers, so they can be
tuned freely as long as the preferences keep their order.
"""

from __future__ import annotations

from datetime import timedelta

# Language: the best single match counts (so adding a language can only help).
SPEAKS_FIRST_LANGUAGE = 30.0  # the language the client is most comfortable in
SPEAKS_OTHER_LANGUAGE = 20.0  # another language the client speaks
INTERPRETATION_ONLY = 12.0  # no shared language, but the service offers an interpreter
# Extra when the client needs an interpreter and the service offers one.
INTERPRETER_FOR_WHO_NEEDS_ONE = 6.0

# Opening hours. "Urgent" is a need for today; other needs care less about the clock.
OPEN_NOW_URGENT = 25.0
OPENS_SOON_URGENT = 15.0
OPEN_NOW = 4.0
OPENS_SOON = 2.0
OPENS_SOON_WITHIN = timedelta(hours=2)

# How to get in: walk-in before appointment when the need is urgent.
WALK_IN_URGENT = 18.0
WALK_IN = 2.0

# Where: the same area, else closer is better (linearly down to nothing at NEARBY_KM).
SAME_AREA = 15.0
NEARBY = 10.0
NEARBY_KM = 5.0

# A service that says in writing it does not ask for a document the client lacks.
STATES_NO_DOCUMENT_NEEDED = 8.0

# Directory freshness.
RECENTLY_VERIFIED = 5.0
RECENTLY_VERIFIED_DAYS = 180
STALE = -6.0  # not verified for a year, or never
