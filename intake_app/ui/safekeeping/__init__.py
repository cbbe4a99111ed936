"""Safekeeping: backups, restore and retention (deleting inactive records), the
Settings sections that keep the vault safe over time."""
