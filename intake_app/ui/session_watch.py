"""Locking when the computer sleeps or its screen locks, where the platform tells us.

On Linux the desktop announces both on D-Bus: logind's `PrepareForSleep(true)` on the
system bus, and the screen saver's `ActiveChanged(true)` on the session bus (freedesktop
and GNOME names). Where there is no bus (Windows, macOS, a bare test machine) nothing is
connected and the idle timer and Ctrl+L remain the ways to lock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


class SessionWatcher(QObject):
    """Emits `lock_requested` when the machine is about to sleep or its screen locks."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = 0

    def start(self) -> int:
        """Listen where a bus is available; return how many signals were connected."""
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_sleep(bool)"),  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
        ):
            self.connected += 1
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path in _SCREEN_SAVERS:
                # Any sender: the screen saver's well-known name is not always owned by
                # the process that emits the signal.
                if session.connect(
                    "",
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    SLOT("on_screen_saver(bool)"),  # type: ignore[call-overload]  # as above
                ):
                    self.connected += 1
        log.info("session watcher: %d platform signals", self.connected)
        return self.connected

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
