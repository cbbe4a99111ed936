"""Helpers shared by tests in more than one folder: one copy each, imported by every user."""
