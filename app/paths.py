"""Where the application keeps its files: one object, made at start-up and handed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "permit-review"
APP_AUTHOR = "migration-department"
DATA_DIR_ENV = "PERMIT_REVIEW_DATA_DIR"
DB_URL_ENV = "PERMIT_REVIEW_DB_URL"


@dataclass(frozen=True, slots=True)
class Paths:
    data: Path
    config: Path
    logs: Path
    backups: Path

    @classmethod
    def from_environment(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        """Paths from `--data-dir`, else `PERMIT_REVIEW_DATA_DIR`, else the platform's folders.

        An explicit data folder holds everything (config, logs and backups too),
        so that a test or a second workspace never touches the user's own.
        """
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(
                data=root, config=root / "config", logs=root / "logs", backups=root / "backups"
            )
        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            logs=Path(dirs.user_log_dir),
            backups=Path(dirs.user_data_dir) / "backups",
        )

    @property
    def database(self) -> Path:
        return self.data / "permit-review.sqlite3"

    def database_url(self, override: str | None = None) -> str:
        url = override or os.environ.get(DB_URL_ENV)
        return url or f"sqlite:///{self.database}"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
