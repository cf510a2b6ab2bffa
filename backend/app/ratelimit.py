"""Sliding-window rate limits: failed logins per email, chat messages per person.

Counters live in this process's memory, which is right for the embedded single-process setup.
With several workers each keeps its own counters, so the effective limit is multiplied by the
number of workers; a shared store (Redis) is the next step for large deployments.
"""

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Hashable


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


class SlidingWindowLimiter:
    """Allow at most `limit` events per key within any `window_s` seconds."""

    def __init__(
        self,
        limit: int,
        window_s: float,
        reason: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create an empty limiter.

        Args:
            limit: Events allowed within the window.
            window_s: How long an event counts, in seconds.
            reason: What the person is told when limited.
            clock: Seconds from a monotonic clock; tests pass their own to move time.
        """
        self.limit = limit
        self.window_s = window_s
        self.reason = reason
        self._clock = clock
        self._events: defaultdict[Hashable, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, key: Hashable) -> None:
        """Raise when `key` has used up its events in the current window.

        Raises:
            RateLimitedError: With the seconds until the oldest counted event expires.
        """
        now = self._clock()
        with self._lock:
            events = self._recent(key, now)
            if len(events) >= self.limit:
                retry_after = max(1, math.ceil(events[0] + self.window_s - now))
                raise RateLimitedError(retry_after, self.reason)

    def record(self, key: Hashable) -> None:
        """Count one event for `key`."""
        with self._lock:
            self._events[key].append(self._clock())

    def hit(self, key: Hashable) -> None:
        """Check and count in one step: the usual use for a per-request limit.

        Raises:
            RateLimitedError: When `key` is over its limit; the attempt is not counted.
        """
        self.check(key)
        self.record(key)

    def reset(self, key: Hashable) -> None:
        """Forget the events of `key` (e.g. after a successful login)."""
        with self._lock:
            self._events.pop(key, None)

    def _recent(self, key: Hashable, now: float) -> deque[float]:
        """Drop events older than the window and return the rest (caller holds the lock)."""
        events = self._events[key]
        while events and events[0] <= now - self.window_s:
            events.popleft()
        return events
