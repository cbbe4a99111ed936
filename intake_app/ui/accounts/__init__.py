"""Accounts: the staff accounts section of Settings, its dialogs, and the change-passphrase
dialog."""
