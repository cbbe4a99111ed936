"""Retention: deleting clients inactive for too long, and a client's own record on request."""
