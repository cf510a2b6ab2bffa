"""Login limits that hold: atomic under parallel guesses, per client, bounded in memory and CPU.

The parallel cases run against a real server with the production Argon2 cost, where a check
takes long enough for guesses to overlap, as they did when the finding was reproduced.
"""

import gc
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

from app.api.deps import get_login_throttle
from app.main import app
from tests.factories import PASSWORD, onboard, profile
from tests.integration.server import running_server

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server with the production Argon2 cost and default login limits."""
    workdir: Path = tmp_path_factory.mktemp("login-limits")
    production_cost = {"ARGON2_TIME_COST": "3", "ARGON2_MEMORY_COST_KIB": "65536"}
    with running_server(workdir, ARGON2_PARALLELISM="4", **production_cost) as base:
        yield base


def _sign_up(base: str) -> str:
    body = profile()
    assert httpx.post(f"{base}/api/v1/users", json=body, timeout=30).status_code == 201
    return str(body["email"])


def _log_in(base: str, email: str, password: str, source: str = "127.0.0.1") -> httpx.Response:
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(transport=transport, timeout=60) as client:
        return client.post(
            f"{base}/api/v1/auth/token",
            data={"username": email, "password": password},
            headers={"X-Forwarded-For": f"198.51.100.{len(password) % 250}"},
        )


def test_parallel_guesses_get_no_more_checks_than_the_limit(server: str) -> None:
    email = _sign_up(server)
    guesses = [f"wrong-{i}-password" for i in range(20)] + [PASSWORD]
    with ThreadPoolExecutor(max_workers=21) as pool:
        statuses = Counter(
            r.status_code
            for r in pool.map(lambda p: _log_in(server, email, p, "127.0.0.3"), guesses)
        )
    checked = statuses[200] + statuses[401]
    assert checked <= 5, statuses
    assert set(statuses) <= {200, 401, 429, 503}, statuses


def test_a_stranger_cannot_lock_the_owner_out(server: str) -> None:
    email = _sign_up(server)
    answers = [_log_in(server, email, f"guess-{i}-wrong", "127.0.0.2") for i in range(6)]
    assert [a.status_code for a in answers] == [401] * 5 + [429]
    assert int(answers[-1].headers["retry-after"]) > 0
    # X-Forwarded-For is not believed by default: the stranger is still limited.
    assert _log_in(server, email, "another-guess", "127.0.0.2").status_code == 429
    assert _log_in(server, email, PASSWORD, "127.0.0.1").status_code == 200


def test_a_login_flood_is_refused_quickly_not_queued(server: str) -> None:
    email = _sign_up(server)
    token = _log_in(server, email, PASSWORD).json()["access_token"]
    made_up = [f"nobody{i}@example.com" for i in range(30)]
    with ThreadPoolExecutor(max_workers=30) as pool:
        flood = [pool.submit(_log_in, server, e, "wrong-password") for e in made_up]
        me = httpx.get(
            f"{server}/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=30
        )
        statuses = Counter(f.result().status_code for f in flood)
    assert me.status_code == 200
    assert statuses[503] > 0, statuses
    assert set(statuses) <= {401, 503}, statuses
    busy = next(f.result() for f in flood if f.result().status_code == 503)
    assert busy.headers["retry-after"] == "1"


def test_the_per_account_cap_holds_across_addresses(client: TestClient) -> None:
    from app.accounts.throttle import LoginThrottle
    from app.ratelimit import SlidingWindowLimiter, new_storage

    storage = new_storage(None)
    throttle = LoginThrottle(
        per_client=SlidingWindowLimiter("c", 5, 300, "Too many failed logins.", storage),
        per_account=SlidingWindowLimiter("a", 3, 300, "Too many failed logins.", storage),
    )
    app.dependency_overrides[get_login_throttle] = lambda: throttle
    user, _ = onboard(client)
    for n in range(3):
        stranger = TestClient(app, client=(f"203.0.113.{n}", 1000))
        wrong = {"username": user["email"], "password": "not-it-at-all"}
        assert stranger.post("/api/v1/auth/token", data=wrong).status_code == 401
    right = {"username": user["email"], "password": PASSWORD}
    assert client.post("/api/v1/auth/token", data=right).status_code == 429


def test_huge_usernames_are_refused_and_leave_nothing_behind(client: TestClient) -> None:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(30):
            huge = {"username": f"{n}" + "x" * 900_000 + "\x00", "password": "whatever1"}
            assert client.post("/api/v1/auth/token", data=huge).status_code == 401
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 5_000_000
