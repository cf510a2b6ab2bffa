"""The development signing key: generated once, kept, reused after a restart."""

import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.accounts import secret_key
from app.config import settings


def test_development_key_is_generated_once_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    key_file = tmp_path / "key"
    monkeypatch.setattr(settings, "SECRET_KEY", None)
    monkeypatch.setattr(settings, "SECRET_KEY_FILE", str(key_file))
    secret_key.signing_key.cache_clear()
    try:
        first = secret_key.signing_key()
        secret_key.signing_key.cache_clear()
        assert secret_key.signing_key() == first
    finally:
        secret_key.signing_key.cache_clear()
    assert len(first) >= 32
    assert key_file.read_text() == first
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "SECRET_KEY is not set" in caplog.text


def test_configured_key_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(settings, "SECRET_KEY", SecretStr("configured-" + "k" * 30))
    monkeypatch.setattr(settings, "SECRET_KEY_FILE", str(tmp_path / "unused"))
    secret_key.signing_key.cache_clear()
    try:
        assert secret_key.signing_key() == "configured-" + "k" * 30
    finally:
        secret_key.signing_key.cache_clear()
    assert not (tmp_path / "unused").exists()
