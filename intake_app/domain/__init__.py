"""Domain records: plain dataclasses with no Qt and no SQL."""
