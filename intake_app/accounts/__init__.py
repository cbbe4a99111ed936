"""Staff accounts: adding, resetting, removing (with a re-key), roles, own passphrase.

Qt-free use cases. Each takes the `VaultSession` (whose user is the one acting) and
refuses what the acting user's role does not allow, whatever the UI shows.
"""
