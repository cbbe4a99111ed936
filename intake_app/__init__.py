"""Passerelle: intake, routing and referral letters that carry no immigration-status data."""

__version__ = "0.1.0"
APP_NAME = "Passerelle"
