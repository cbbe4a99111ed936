"""The referrals list, its follow-ups and state changes."""
