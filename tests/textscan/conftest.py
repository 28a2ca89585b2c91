"""Taalscan tests run against a small, stable fixture lexicon unless they ask for the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURE_LEXICON = Path(__file__).parent / "fixtures" / "lexicon"


@pytest.fixture
def fixture_lexicon(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the engine at ``tests/textscan/fixtures/lexicon`` (also for subprocesses)."""
    monkeypatch.setenv("ANDEREBRIL_LEXICON_DIR", str(FIXTURE_LEXICON))
    return FIXTURE_LEXICON
