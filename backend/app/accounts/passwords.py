"""Password hashing with Argon2id (pwdlib), tuned by the settings."""

from functools import lru_cache

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from app.config import settings


@lru_cache
def _hasher() -> PasswordHash:
    """The process-wide Argon2id hasher with the configured cost."""
    return PasswordHash(
        [
            Argon2Hasher(
                time_cost=settings.ARGON2_TIME_COST,
                memory_cost=settings.ARGON2_MEMORY_COST_KIB,
                parallelism=settings.ARGON2_PARALLELISM,
            )
        ]
    )


@lru_cache
def _dummy_hash() -> str:
    """A hash of nothing anyone knows, verified when the email is unknown.

    Verifying against it costs the same as a real check, so response time does not reveal
    whether an email is registered.
    """
    return _hasher().hash("coachx-no-such-account")


def hash_password(password: str) -> str:
    """Hash a new password for storage.

    Args:
        password: The plain password; never stored or logged.

    Returns:
        The Argon2id hash string, parameters included.
    """
    return _hasher().hash(password)


def verify_password(password: str, stored_hash: str | None) -> tuple[bool, str | None]:
    """Check a password, at the same cost whether or not there is an account.

    Args:
        password: The password the person typed.
        stored_hash: The stored hash, or None when the email is unknown.

    Returns:
        Whether the password matches, and a fresh hash when the stored one was made with other
        parameters (so the caller can store it).
    """
    if stored_hash is None:
        _hasher().verify(password, _dummy_hash())
        return False, None
    return _hasher().verify_and_update(password, stored_hash)
