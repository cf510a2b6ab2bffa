"""With `REDIS_URL`, every worker counts in the same place: a limit of 5 stays 5.

These use the real Redis at 127.0.0.1:6379 (skipped when none answers), each under a random
key prefix that is deleted afterwards.
"""

import os
import secrets
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
import redis

from app.ratelimit import RateLimitedError, ServiceBusyError, SlidingWindowLimiter, new_storage
from tests.factories import PASSWORD, profile
from tests.integration.server import server_process

REDIS_URL = os.environ.get("COACHX_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def prefix() -> Iterator[str]:
    """A fresh key prefix on the real Redis, removed after the test."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.RedisError:
        pytest.skip("no Redis at COACHX_TEST_REDIS_URL")
    name = f"coachx-test-{secrets.token_hex(6)}"
    yield name
    keys = list(connection.scan_iter(f"{name}*"))
    if keys:
        connection.delete(*keys)
    connection.close()


def test_two_workers_share_one_limit_atomically(prefix: str) -> None:
    workers = [
        SlidingWindowLimiter("chat", 5, 60, "Slow down.", new_storage(REDIS_URL, prefix))
        for _ in range(2)
    ]

    def attempt(n: int) -> bool:
        try:
            workers[n % 2].hit("person-1")
        except RateLimitedError:
            return False
        return True

    with ThreadPoolExecutor(max_workers=20) as pool:
        allowed = Counter(pool.map(attempt, range(20)))
    assert allowed[True] == 5
    workers[0].reset("person-1")
    workers[1].hit("person-1")


def test_an_unreachable_store_is_a_503_not_a_500() -> None:
    limiter = SlidingWindowLimiter(
        "chat", 5, 60, "x", new_storage("redis://127.0.0.1:1/0", "nowhere")
    )
    with pytest.raises(ServiceBusyError):
        limiter.hit("a")


@pytest.mark.integration
def test_login_limits_hold_across_workers(prefix: str, tmp_path: Path) -> None:
    extra = {
        "WORKERS": "2",
        "REDIS_URL": REDIS_URL,
        "REDIS_KEY_PREFIX": prefix,
        "DATABASE_URL": os.environ["DATABASE_URL"],
    }
    with server_process(tmp_path, **extra) as server:
        body = profile()
        assert httpx.post(f"{server.base}/api/v1/users", json=body, timeout=30).is_success
        wrong = {"username": body["email"], "password": "not-the-password"}
        statuses = [
            httpx.post(f"{server.base}/api/v1/auth/token", data=wrong, timeout=30).status_code
            for _ in range(8)
        ]
        assert statuses == [401] * 5 + [429] * 3
        right = {"username": body["email"], "password": PASSWORD}
        assert httpx.post(f"{server.base}/api/v1/auth/token", data=right).status_code == 429
