"""Settings: the seed's names and defaults, list parsing, and production safety."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Environment, Settings

BACKEND = Path(__file__).resolve().parents[1]


def test_seed_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "ENVIRONMENT", "SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert defaults.APP_NAME == "CoachX API"
    assert defaults.APP_VERSION == "1.0.0"
    assert defaults.DEBUG is True
    assert (defaults.HOST, defaults.PORT) == ("0.0.0.0", 8000)  # noqa: S104
    assert defaults.DATABASE_URL == "sqlite:///./coachx.db"
    assert defaults.DATABASE_ECHO is False
    assert defaults.CORS_ORIGINS == ["http://localhost:3000", "http://127.0.0.1:3000"]
    assert defaults.CORS_ALLOW_CREDENTIALS is True


@pytest.mark.parametrize(
    "raw",
    [
        '["http://a.example", "http://b.example"]',
        "http://a.example,http://b.example",
        " http://a.example , http://b.example ,",
    ],
)
def test_cors_origins_accept_json_or_commas(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("CORS_ORIGINS", raw)
    assert Settings(_env_file=None).CORS_ORIGINS == [  # type: ignore[call-arg]
        "http://a.example",
        "http://b.example",
    ]


def test_settings_read_the_env_file(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    env_file = Path(str(tmp_path)) / ".env"
    env_file.write_text("APP_NAME=From Env File\nPORT=9001\n")
    monkeypatch.delenv("APP_NAME", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    loaded = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (loaded.APP_NAME, loaded.PORT) == ("From Env File", 9001)


@pytest.mark.parametrize(
    "key", [None, "short", " " * 32, "a" * 32, "ab" * 20, "\t" * 40, "password" * 5]
)
def test_production_refuses_a_missing_or_weak_secret(
    monkeypatch: pytest.MonkeyPatch, key: str | None
) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    if key is not None:
        monkeypatch.setenv("SECRET_KEY", key)
    monkeypatch.setenv("ENVIRONMENT", "production")
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_production_accepts_a_strong_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(48))
    assert Settings(_env_file=None).ENVIRONMENT is Environment.PRODUCTION  # type: ignore[call-arg]


def test_a_rejected_key_is_never_printed() -> None:
    """`uvicorn app.main:app` with a weak key fails, and its traceback does not show the key."""
    weak = "letmeinletmeinletmeinletmeinletmein"
    env = {**os.environ, "ENVIRONMENT": "production", "SECRET_KEY": weak, "PYTHONPATH": "."}
    ran = subprocess.run(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", "1"],
        cwd=BACKEND,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.returncode != 0
    assert "SECRET_KEY must be a random string" in ran.stderr
    assert "letmein" not in ran.stdout + ran.stderr
