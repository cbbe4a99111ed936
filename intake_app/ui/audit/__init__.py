"""The audit trail view for coordinators."""
