"""Password hashing with Argon2id (pwdlib), tuned by the settings, and bounded in concurrency.

Each Argon2 computation takes 64 MiB and most of a core for a tenth of a second or so. Without
a bound, a flood of logins runs dozens at once: memory climbs towards a gigabyte and every other
request waits for CPU. So at most `ARGON2_MAX_CONCURRENT` hashes run at a time (one per core by
default), as many again may wait their turn, and any further request is answered at once with
503 and `Retry-After` instead of joining an unbounded queue.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TypeVar

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from app.config import settings
from app.ratelimit import ServiceBusyError

_T = TypeVar("_T")


class _Gate:
    """At most `slots` holders at once, at most `slots` more waiting; the rest are refused."""

    def __init__(self, slots: int) -> None:
        """Create an open gate.

        Args:
            slots: How many hashes may run at the same time.
        """
        self._running = threading.BoundedSemaphore(slots)
        self._admitted = 0
        self._capacity = 2 * slots
        self._lock = threading.Lock()

    @contextmanager
    def admit(self) -> Iterator[None]:
        """Hold a slot for the block, waiting behind at most `slots` others.

        Raises:
            ServiceBusyError: When the running and waiting places are all taken.
        """
        with self._lock:
            if self._admitted >= self._capacity:
                raise ServiceBusyError(retry_after=1)
            self._admitted += 1
        try:
            with self._running:
                yield
        finally:
            with self._lock:
                self._admitted -= 1


@lru_cache
def _gate() -> _Gate:
    """The process-wide bound on concurrent Argon2 computations."""
    return _Gate(settings.ARGON2_MAX_CONCURRENT)


def _bounded(work: Callable[[], _T]) -> _T:
    """Run one Argon2 computation within the process-wide bound."""
    with _gate().admit():
        return work()


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
    return _bounded(lambda: _hasher().hash(password))


def spend_hash_time(password: str) -> None:
    """Do the work of hashing `password` and forget the result.

    Sign-up calls it when the email is already taken, so that answering 409 takes as long as
    creating an account and the response time does not tell whether an email is registered.
    """
    hash_password(password)


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
        dummy = _dummy_hash()
        _bounded(lambda: _hasher().verify(password, dummy))
        return False, None
    return _bounded(lambda: _hasher().verify_and_update(password, stored_hash))
