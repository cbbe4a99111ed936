"""Settings page sections."""
