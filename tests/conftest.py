from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_dir(name: str) -> Path:
    """A folder of ../shared, or skip the test where it is not beside the checkout."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"{path} is not available")
    return path


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, timeout: float = 120):
    """Run ``python -m casefile ARGS`` in a child process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "casefile", *args],
        input=input, capture_output=True, timeout=timeout, cwd=REPO,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "case.json"


def write_article(folder: Path, name: str, text: str, published: str | None = "2024-05-02") -> Path:
    path = folder / name
    header = f" date {published} " if published else ""
    path.write_text(header + text, encoding="utf-8")
    return path
