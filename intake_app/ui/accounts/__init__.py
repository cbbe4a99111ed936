"""Accounts: the change-passphrase dialog and the accounts section of Settings."""
