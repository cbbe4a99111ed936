"""Referral letters: the letter dialog (reasons, leak guard, preview, print, save) and the
Settings → Letters section."""
