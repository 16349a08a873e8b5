"""Where things live: the user's data folder and the shipped resources (also when frozen)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

APP_NAME = "Alianzas"


def project_root() -> Path:
    """The folder holding resources/ and db/: the checkout, or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "db"


def data_dir() -> Path:
    """The user's data folder; ALIANZAS_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("ALIANZAS_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "alianzas.sqlite"


def backups_dir() -> Path:
    path = data_dir() / "respaldos"
    path.mkdir(parents=True, exist_ok=True)
    return path
