"""Slowing down password guessing: failed logins per email within a window.

Counters live in this process's memory, which is right for the embedded single-process setup.
With several workers each keeps its own counters, so the effective limit is multiplied by the
number of workers; a shared store (Redis) would be the next step for large deployments.
"""

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

from app.accounts.errors import LoginThrottledError


class LoginThrottle:
    """Refuse logins for an email after too many recent failures."""

    def __init__(
        self, max_failures: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Create an empty throttle.

        Args:
            max_failures: Failures allowed within the window before logins are refused.
            window_s: How long a failure counts, in seconds.
            clock: Seconds from a monotonic clock; tests pass their own to move time.
        """
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, email: str) -> None:
        """Raise when `email` is locked out.

        Raises:
            LoginThrottledError: With the seconds until the oldest counted failure expires.
        """
        now = self._clock()
        with self._lock:
            failures = self._recent(email, now)
            if len(failures) >= self.max_failures:
                retry_after = max(1, math.ceil(failures[0] + self.window_s - now))
                raise LoginThrottledError(retry_after)

    def record_failure(self, email: str) -> None:
        """Count one failed login for `email`."""
        with self._lock:
            self._failures[email].append(self._clock())

    def reset(self, email: str) -> None:
        """Forget the failures of `email` after a successful login."""
        with self._lock:
            self._failures.pop(email, None)

    def _recent(self, email: str, now: float) -> deque[float]:
        """Drop failures older than the window and return the rest (caller holds the lock)."""
        failures = self._failures[email]
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        return failures
