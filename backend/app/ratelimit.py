"""Moving-window rate limits (failed logins, chat messages, plans, sign-ups) on `limits`.

The counters live in this process's memory by default, which is right for the embedded
single-process setup. When `REDIS_URL` is set they live in Redis instead, so every worker and
every machine shares them: a limit of 5 stays 5 however many processes serve. The `limits`
library does each check-and-count atomically (a lock in memory, a Lua script in Redis), so
parallel requests cannot slip past a limit between checking and counting.

Keys are hashed before they are stored: a 900 KB username costs the same 64 bytes as any other,
and no email address or client address is kept in Redis in the clear.
"""

import hashlib
import math
import time
from functools import lru_cache

from limits import RateLimitItemPerSecond
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from app.config import settings


class RateLimitedError(Exception):
    """Too many events for one key; `retry_after` says how many seconds to wait."""

    def __init__(self, retry_after: int, reason: str) -> None:
        """Remember how long the caller must wait and why.

        Args:
            retry_after: Whole seconds until the next attempt is accepted.
            reason: A sentence for the person, e.g. "Too many failed logins."
        """
        super().__init__(f"{reason} Retry after {retry_after} s")
        self.retry_after = retry_after
        self.reason = reason


class ServiceBusyError(Exception):
    """The server cannot take this request right now (saturated, or its limit store is down)."""

    def __init__(self, retry_after: int = 1) -> None:
        """Remember when to try again.

        Args:
            retry_after: Whole seconds the client should wait before retrying.
        """
        super().__init__(f"Service busy; retry after {retry_after} s")
        self.retry_after = retry_after


def new_storage(redis_url: str | None, key_prefix: str = "coachx") -> Storage:
    """A counter store: Redis when a URL is given, this process's memory otherwise.

    Args:
        redis_url: `redis://host:port/db` (or `rediss://...`), or None for memory.
        key_prefix: Prefix of every Redis key, so deployments (and tests) can share a server.

    Returns:
        A `limits` storage whose failures are raised as `limits.errors.StorageError`.
    """
    if redis_url:
        return RedisStorage(redis_url, key_prefix=key_prefix, wrap_exceptions=True)
    return MemoryStorage(wrap_exceptions=True)


@lru_cache
def shared_storage() -> Storage:
    """The process-wide counter store, as configured by `REDIS_URL`."""
    return new_storage(settings.REDIS_URL, settings.REDIS_KEY_PREFIX)


def _digest(key: str) -> str:
    """A fixed-size stand-in for a key of any size."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class SlidingWindowLimiter:
    """Allow at most `limit` events per key within any `window_s` seconds."""

    def __init__(
        self, name: str, limit: int, window_s: int, reason: str, storage: Storage | None = None
    ) -> None:
        """Create a limiter; its counters live in `storage` under `name`.

        Args:
            name: Names the counters, so limiters sharing a store never mix their keys.
            limit: Events allowed within the window.
            window_s: How long an event counts, in seconds.
            reason: What the person is told when limited.
            storage: Where counters live; the process-wide store when None.
        """
        self.name = name
        self.reason = reason
        self._item = RateLimitItemPerSecond(limit, window_s)
        self._limiter = MovingWindowRateLimiter(storage or shared_storage())

    def hit(self, key: str) -> None:
        """Check and count one event for `key` in one atomic step.

        Raises:
            RateLimitedError: When `key` is over its limit; the refused attempt is not counted.
            ServiceBusyError: When the shared store cannot be reached.
        """
        digest = _digest(key)
        try:
            if self._limiter.hit(self._item, self.name, digest):
                return
            reset_at = self._limiter.get_window_stats(self._item, self.name, digest).reset_time
        except StorageError as error:
            raise ServiceBusyError(retry_after=5) from error
        raise RateLimitedError(max(1, math.ceil(reset_at - time.time())), self.reason)

    def reset(self, key: str) -> None:
        """Forget the events of `key` (e.g. one client's attempts after it logged in).

        Raises:
            ServiceBusyError: When the shared store cannot be reached.
        """
        try:
            self._limiter.clear(self._item, self.name, _digest(key))
        except StorageError as error:
            raise ServiceBusyError(retry_after=5) from error
