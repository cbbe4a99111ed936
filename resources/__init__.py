"""Passerelle's data files (translations, fonts, icons, the sample directory, HSDS schemas…).

The build installs this folder as the package `intake_app._resources` (see `setup.py`); it is
never a top-level `resources` package. Code reads it through `intake_app.resources`.
"""
