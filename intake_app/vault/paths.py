"""Where a vault's files live. Everything with client data stays inside the data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Passerelle", appauthor=False))


@dataclass(frozen=True)
class VaultPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def keyslots(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def lock(self) -> Path:
        return self.data_dir / "vault.lock"

    @property
    def attempts(self) -> Path:
        return self.data_dir / "unlock-attempts.json"

    def sidecars(self) -> tuple[Path, ...]:
        """The database's own companion files (write-ahead log and shared memory)."""
        return (Path(f"{self.db}-wal"), Path(f"{self.db}-shm"))

    def exists(self) -> bool:
        return self.db.exists() or self.keyslots.exists()

    def leftovers(self) -> list[str]:
        """Names of the Passerelle files in the data folder, dangling links included.

        Creating a vault refuses a folder with any of them: a key file without its
        database is someone's vault whose drive is not mounted yet, not an empty folder.
        (The instance lock is not listed: the creating program holds it itself.)"""
        try:
            entries = sorted(os.listdir(self.data_dir))
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            return [self.data_dir.name]
        fixed = {
            self.db.name,
            self.keyslots.name,
            self.attempts.name,
            "restore-journal.json",
            *(p.name for p in self.sidecars()),
        }
        return [
            name
            for name in entries
            if name in fixed
            or name.startswith(("vault.db", ".restore-", ".backup-", "keyslots.json."))
        ]

    def ensure_dir(self) -> None:
        """Create the data folder readable by its owner only; check an existing one.

        An existing folder's permissions are never changed behind the person's back (a
        folder someone made read-only was made so on purpose): one this account cannot
        read, write and enter is refused with FOLDER_NOT_WRITABLE instead."""
        from intake_app.errors import ErrorCode, KnownError

        try:
            if not self.data_dir.exists():
                self.data_dir.mkdir(mode=0o700, parents=True)
                if os.name == "posix":
                    os.chmod(self.data_dir, 0o700)  # the mode, whatever the umask
                return
        except OSError:
            raise KnownError(ErrorCode.FOLDER_NOT_WRITABLE) from None
        if not self.data_dir.is_dir() or not os.access(self.data_dir, os.R_OK | os.W_OK | os.X_OK):
            raise KnownError(ErrorCode.FOLDER_NOT_WRITABLE)
