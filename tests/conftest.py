"""Shared fixtures: the ../shared folder beside the project (gold files, the kremlin.ru archive).

Tests that need it skip with a reason when it is absent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARCHIVE = SHARED / "kremlin-en.tar.xz"
GOLD = SHARED / "gold" / "dev.jsonl"
DEV_DOCS = SHARED / "gold" / "dev_docs.txt"


@pytest.fixture(scope="session")
def shared_gold() -> tuple[Path, Path]:
    if not GOLD.exists() or not DEV_DOCS.exists():
        pytest.skip(
            f"the development gold is absent ({GOLD}); it lives in ../shared beside the repo"
        )
    return GOLD, DEV_DOCS


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    """The shared kremlin.ru archive, unpacked once per test session into a temporary folder."""
    if not ARCHIVE.exists():
        pytest.skip(
            f"the shared archive is absent ({ARCHIVE}); it lives in ../shared beside the repo"
        )
    target = tmp_path_factory.mktemp("kremlin")
    subprocess.run(["tar", "-xJf", str(ARCHIVE), "-C", str(target)], check=True)
    return target / "kremlin-en" / "news"
