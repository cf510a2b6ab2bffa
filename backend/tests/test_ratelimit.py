"""The moving-window limiter counts per key, atomically, and forgets on reset."""

import pytest

from app.ratelimit import RateLimitedError, SlidingWindowLimiter, new_storage


def _limiter(limit: int, reason: str = "x") -> SlidingWindowLimiter:
    return SlidingWindowLimiter("test", limit, 60, reason, new_storage(None))


def test_limits_after_the_allowed_events_and_names_the_wait() -> None:
    limiter = _limiter(3, "Too many tries.")
    for _ in range(3):
        limiter.hit("a")
    with pytest.raises(RateLimitedError) as limited:
        limiter.hit("a")
    assert 1 <= limited.value.retry_after <= 60
    assert limited.value.reason == "Too many tries."
    limiter.hit("b")


def test_reset_forgets_the_count() -> None:
    limiter = _limiter(2)
    limiter.hit("a")
    limiter.hit("a")
    limiter.reset("a")
    limiter.hit("a")


def test_limiters_sharing_a_store_keep_their_counts_apart() -> None:
    storage = new_storage(None)
    first = SlidingWindowLimiter("one", 1, 60, "x", storage)
    second = SlidingWindowLimiter("two", 1, 60, "x", storage)
    first.hit("a")
    second.hit("a")
    with pytest.raises(RateLimitedError):
        first.hit("a")


def test_a_huge_key_is_counted_like_any_other() -> None:
    storage = new_storage(None)
    limiter = SlidingWindowLimiter("big", 1, 60, "x", storage)
    limiter.hit("x" * 900_000 + "\x00")
    with pytest.raises(RateLimitedError):
        limiter.hit("x" * 900_000 + "\x00")
    assert all(len(key) < 200 for key in storage.events)  # type: ignore[attr-defined]
