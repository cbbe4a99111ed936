"""Referral use cases: create, follow up, change state, record unmet needs. Qt-free."""
