"""The caseworker's desk: what the Today screen gathers (no Qt here)."""
