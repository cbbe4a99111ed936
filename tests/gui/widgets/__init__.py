"""Tests of the shared widgets and models under intake_app/ui/widgets."""
