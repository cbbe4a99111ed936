"""Widgets of the Clients page: search list, intake form, needs, consent, duplicates, history."""
