"""Where the case store lives: ``--db``, else ``$CASEFILE_DB``, else the user data directory."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

STORE_FILE_NAME = "case.json"


def store_path(given: str | None) -> Path:
    if given:
        return Path(given).expanduser()
    if os.environ.get("CASEFILE_DB"):
        return Path(os.environ["CASEFILE_DB"]).expanduser()
    return user_data_path("casefile") / STORE_FILE_NAME
