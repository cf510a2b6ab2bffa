"""The failed-login throttle counts per email and forgets after success."""

import pytest

from app.accounts.errors import LoginThrottledError
from app.accounts.throttle import LoginThrottle


def test_locks_after_max_failures_and_names_the_wait() -> None:
    throttle = LoginThrottle(max_failures=3, window_s=60)
    for _ in range(3):
        throttle.check("a@example.com")
        throttle.record_failure("a@example.com")
    with pytest.raises(LoginThrottledError) as locked:
        throttle.check("a@example.com")
    assert 1 <= locked.value.retry_after <= 60
    throttle.check("b@example.com")


def test_success_resets_the_count() -> None:
    throttle = LoginThrottle(max_failures=2, window_s=60)
    throttle.record_failure("a@example.com")
    throttle.reset("a@example.com")
    throttle.record_failure("a@example.com")
    throttle.check("a@example.com")


def test_failures_expire_after_the_window() -> None:
    now = [1000.0]
    throttle = LoginThrottle(max_failures=1, window_s=60, clock=lambda: now[0])
    throttle.record_failure("a@example.com")
    with pytest.raises(LoginThrottledError) as locked:
        throttle.check("a@example.com")
    assert locked.value.retry_after == 60
    now[0] += 60
    throttle.check("a@example.com")
