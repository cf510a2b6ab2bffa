"""Configuration for CoachX, read once from the environment and `.env`.

The variable names and defaults are the founding spec's (`APP_NAME`, `DATABASE_URL`, ...), so an
operator's existing `.env` keeps working; everything added since has a safe default for a laptop
and refuses insecure values when `ENVIRONMENT=production`.
"""

import json
import logging
import math
import os
from collections import Counter
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

logger = logging.getLogger(__name__)


class Environment(StrEnum):
    """Where the server runs; production turns insecure defaults into start-up errors."""

    DEVELOPMENT = "development"
    PRODUCTION = "production"


class LLMProvider(StrEnum):
    """Who writes the coach's replies: the built-in engine or any OpenAI-compatible server."""

    BUILTIN = "builtin"
    OPENAI = "openai"


def _split_list(value: Any) -> Any:
    """Accept a JSON list or a plain comma-separated string for list settings.

    Args:
        value: The raw value from the environment, `.env` or the constructor.

    Returns:
        A list of stripped, non-empty strings when `value` is a string; `value` otherwise.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        parsed: list[str] = json.loads(text)
        return parsed
    return [item.strip() for item in text.split(",") if item.strip()]


StrList = Annotated[list[str], NoDecode]


class LogFormat(StrEnum):
    """How log lines are written: for people (`text`) or for a log collector (`json`)."""

    TEXT = "text"
    JSON = "json"


def key_is_strong(key: str) -> bool:
    """Whether a signing key looks random enough to run in production.

    Long is not enough: 32 spaces or 32 times "a" are long. A key must have at least 32 characters
    once trimmed, at least 12 different ones, and at least 3.5 bits of Shannon entropy per
    character (`secrets.token_urlsafe(48)` has about 5.5; English prose about 4).

    Args:
        key: The candidate key.

    Returns:
        True when the key may sign production tokens.
    """
    text = key.strip()
    if len(text) < 32 or len(set(text)) < 12:
        return False
    counts = Counter(text)
    entropy = -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())
    return entropy >= 3.5


class Settings(BaseSettings):
    """Application settings from environment variables and `.env`."""

    # Application
    APP_NAME: str = "CoachX API"
    APP_VERSION: str = "1.0.0"
    DEBUG: bool = True
    ENVIRONMENT: Environment = Environment.DEVELOPMENT
    LOG_LEVEL: str = "INFO"

    # Server
    HOST: str = "0.0.0.0"  # noqa: S104 - the seed serves on every interface by default
    PORT: int = Field(default=8000, ge=1, le=65535)

    # Database
    DATABASE_URL: str = "sqlite:///./coachx.db"
    DATABASE_ECHO: bool = False
    SQLITE_BUSY_TIMEOUT_MS: int = Field(default=30_000, ge=0)

    # CORS - allow the separate front end to call the API with credentials
    CORS_ORIGINS: StrList = ["http://localhost:3000", "http://127.0.0.1:3000"]
    CORS_ALLOW_CREDENTIALS: bool = True
    CORS_ALLOW_METHODS: StrList = ["*"]
    CORS_ALLOW_HEADERS: StrList = ["*"]

    # Accounts
    SECRET_KEY: SecretStr | None = None
    SECRET_KEY_FILE: str = ".coachx-secret-key"  # noqa: S105 - a file name, not a secret
    ACCESS_TOKEN_EXPIRE_MINUTES: int = Field(default=60 * 24, ge=1)
    LOGIN_MAX_FAILURES: int = Field(default=5, ge=1)
    LOGIN_LOCKOUT_SECONDS: int = Field(default=300, ge=1)
    MAX_REQUEST_BODY_BYTES: int = Field(default=1_000_000, ge=1024)
    # Argon2id cost (argon2-cffi's defaults, the RFC 9106 low-memory profile). Changing them
    # re-hashes each password at its owner's next successful login.
    ARGON2_TIME_COST: int = Field(default=3, ge=1)
    ARGON2_MEMORY_COST_KIB: int = Field(default=65_536, ge=8)
    ARGON2_PARALLELISM: int = Field(default=4, ge=1)

    # Coach and LLM
    LLM_PROVIDER: LLMProvider = LLMProvider.BUILTIN
    LLM_BASE_URL: str | None = None
    LLM_API_KEY: SecretStr | None = None
    LLM_MODEL: str = "gpt-4o-mini"
    LLM_TIMEOUT_S: float = Field(default=30.0, gt=0)
    CHAT_RATE_LIMIT_PER_MINUTE: int = Field(default=30, ge=1)

    # Hardening and operations
    LOGIN_MAX_FAILURES_PER_ACCOUNT: int = Field(default=50, ge=1)
    ARGON2_MAX_CONCURRENT: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    PLAN_RATE_LIMIT_PER_HOUR: int = Field(default=30, ge=1)
    SIGNUP_RATE_LIMIT_PER_HOUR: int = Field(default=20, ge=1)
    MAX_REQUEST_HEADER_BYTES: int = Field(default=16_384, ge=1024)
    FORWARDED_ALLOW_IPS: StrList = []
    REDIS_URL: str | None = None
    REDIS_KEY_PREFIX: str = "coachx"
    DOCS_ENABLED: bool = True
    METRICS_TOKEN: SecretStr | None = None
    LOG_FORMAT: LogFormat = LogFormat.TEXT
    WORKERS: int = Field(default=1, ge=1, le=64)
    GRACEFUL_SHUTDOWN_S: int = Field(default=25, ge=1, le=300)

    model_config = SettingsConfigDict(
        hide_input_in_errors=True,  # a rejected SECRET_KEY must never reach a traceback
        env_file=".env",
        env_file_encoding="utf-8",
        case_sensitive=True,
        extra="ignore",
    )

    _split_lists = field_validator(
        "CORS_ORIGINS",
        "CORS_ALLOW_METHODS",
        "CORS_ALLOW_HEADERS",
        "FORWARDED_ALLOW_IPS",
        mode="before",
    )(_split_list)

    @model_validator(mode="after")
    def _refuse_insecure_production(self) -> "Settings":
        """Refuse to run in production without a real secret key.

        Returns:
            The settings, unchanged, when they are safe for the environment.

        Raises:
            ValueError: In production, when `SECRET_KEY` is missing or guessable (see
                `key_is_strong`). The message never contains the key.
        """
        if self.ENVIRONMENT is Environment.PRODUCTION:
            key = self.SECRET_KEY.get_secret_value() if self.SECRET_KEY else ""
            if not key_is_strong(key):
                raise ValueError(
                    "SECRET_KEY must be a random string of at least 32 characters (not repeated "
                    "or whitespace characters) when ENVIRONMENT=production; generate one with "
                    "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
                )
        return self

    @property
    def is_sqlite(self) -> bool:
        """Whether the configured database is an embedded SQLite file or memory database."""
        return self.DATABASE_URL.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    """Build the settings once per process, so every module reads the same values.

    Returns:
        The process-wide settings.
    """
    return Settings()


settings = get_settings()
