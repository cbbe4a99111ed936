"""What every page receives from the application: built once at start-up, passed down.

No page reaches for a global; tests build an `AppContext` around a temporary vault.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.clock import Clock
from intake_app.domain.common import Lang
from intake_app.referrals.route import DirectoryCache
from intake_app.vault.keyslots import KdfPolicy
from intake_app.vault.session import VaultSession

from intake_app.ui.clipboard import SecureClipboard
from intake_app.ui.directory.prepared import DirectoryListCache
from intake_app.ui.workers import WorkerPool


@dataclass
class AppContext:
    session: VaultSession
    clock: Clock
    kdf_policy: KdfPolicy
    ui_lang: Lang = Lang.EN
    pool: WorkerPool = field(default_factory=WorkerPool)
    # Copy anything personal through this: it is emptied after a minute and on lock.
    clipboard: SecureClipboard = field(default_factory=SecureClipboard)
    # The routing view reuses the prepared directory between clients while it is unchanged.
    directory_cache: DirectoryCache = field(default_factory=DirectoryCache)
    # The Directory page's list, prepared in the background after unlock (see the module).
    directory_list: DirectoryListCache = field(default_factory=DirectoryListCache)
