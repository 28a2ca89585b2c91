"""Settings come from the environment and fail loudly; production passes check --deploy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PRODUCTION = {
    "ANDEREBRIL_DEBUG": "false",
    "ANDEREBRIL_SECRET_KEY": "p" * 20 + "-production-secret-for-the-deploy-check-0123456789",
    "ANDEREBRIL_ALLOWED_HOSTS": "anderebril.example.nl",
}


def run_manage(*args: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ANDEREBRIL_")}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    clean.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    clean["ANDEREBRIL_DATA_DIR"] = str(tmp_path)
    return subprocess.run(
        [sys.executable, "-m", "anderebril.manage", *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION, tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_secret_key_in_production(tmp_path: Path) -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != "ANDEREBRIL_SECRET_KEY"}
    result = run_manage("check", env=env, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "ANDEREBRIL_SECRET_KEY is required" in result.stderr


def test_it_refuses_a_debug_flag_it_cannot_read(tmp_path: Path) -> None:
    result = run_manage(
        "check", env={**PRODUCTION, "ANDEREBRIL_DEBUG": "misschien"}, tmp_path=tmp_path
    )
    assert result.returncode != 0
    assert "ANDEREBRIL_DEBUG must be true or false" in result.stderr


def test_development_generates_a_secret_key_once_into_the_data_folder(tmp_path: Path) -> None:
    env = {"ANDEREBRIL_DEBUG": "true"}
    assert run_manage("check", env=env, tmp_path=tmp_path).returncode == 0
    key = (tmp_path / "secret_key").read_text()
    assert len(key) >= 50
    assert run_manage("check", env=env, tmp_path=tmp_path).returncode == 0
    assert (tmp_path / "secret_key").read_text() == key


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("postgres://u:p@db.example:5432/ab", "django.db.backends.postgresql"),
        ("sqlite:////tmp/x.sqlite3", "django.db.backends.sqlite3"),
    ],
)
def test_database_url_selects_the_database(tmp_path: Path, url: str, engine: str) -> None:
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ANDEREBRIL_")}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**clean, "ANDEREBRIL_DEBUG": "true", "ANDEREBRIL_DATA_DIR": str(tmp_path),
             "DJANGO_SETTINGS_MODULE": "anderebril.web.settings", "DATABASE_URL": url},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == engine, result.stderr
