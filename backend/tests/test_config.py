"""Settings: the seed's names and defaults, list parsing, and production safety."""

import pytest
from pydantic import ValidationError

from app.config import Environment, Settings


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


@pytest.mark.parametrize("key", [None, "short"])
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
    monkeypatch.setenv("SECRET_KEY", "k" * 40)
    assert Settings(_env_file=None).ENVIRONMENT is Environment.PRODUCTION  # type: ignore[call-arg]
