"""The sliding-window limiter counts per key, forgets after the window and on reset."""

import pytest

from app.ratelimit import RateLimitedError, SlidingWindowLimiter


def test_limits_after_the_allowed_events_and_names_the_wait() -> None:
    limiter = SlidingWindowLimiter(limit=3, window_s=60, reason="Too many tries.")
    for _ in range(3):
        limiter.hit("a")
    with pytest.raises(RateLimitedError) as limited:
        limiter.check("a")
    assert 1 <= limited.value.retry_after <= 60
    assert limited.value.reason == "Too many tries."
    limiter.hit("b")


def test_reset_forgets_the_count() -> None:
    limiter = SlidingWindowLimiter(limit=2, window_s=60, reason="x")
    limiter.record("a")
    limiter.record("a")
    limiter.reset("a")
    limiter.check("a")


def test_events_expire_after_the_window() -> None:
    now = [1000.0]
    limiter = SlidingWindowLimiter(limit=1, window_s=60, reason="x", clock=lambda: now[0])
    limiter.record("a")
    with pytest.raises(RateLimitedError) as limited:
        limiter.check("a")
    assert limited.value.retry_after == 60
    now[0] += 59.5
    with pytest.raises(RateLimitedError):
        limiter.check("a")
    now[0] += 0.5
    limiter.check("a")


def test_a_refused_hit_is_not_counted() -> None:
    now = [0.0]
    limiter = SlidingWindowLimiter(limit=1, window_s=10, reason="x", clock=lambda: now[0])
    limiter.hit("a")
    now[0] = 5.0
    with pytest.raises(RateLimitedError):
        limiter.hit("a")
    now[0] = 10.0
    limiter.hit("a")
