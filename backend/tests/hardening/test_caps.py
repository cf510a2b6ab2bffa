"""Caps on sign-ups per client address and plans per person; sign-up hides taken emails."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.accounts import passwords
from app.api.deps import get_plan_limiter, get_signup_limiter
from app.main import app
from app.ratelimit import SlidingWindowLimiter, new_storage
from tests.factories import onboard, profile, row_counts


def _cap(limit: int) -> SlidingWindowLimiter:
    return SlidingWindowLimiter("cap", limit, 3600, "Too many.", new_storage(None))


def test_sign_ups_per_client_address_are_capped(client: TestClient, db: Session) -> None:
    cap = _cap(2)
    app.dependency_overrides[get_signup_limiter] = lambda: cap
    assert client.post("/api/v1/users", json=profile()).status_code == 201
    assert client.post("/app/session/signup", json=profile()).status_code == 201
    before = row_counts(db)
    refused = client.post("/api/v1/users", json=profile())
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) > 0
    assert row_counts(db) == before
    elsewhere = TestClient(app, client=("203.0.113.9", 4000))
    assert elsewhere.post("/api/v1/users", json=profile()).status_code == 201


def test_plans_per_person_are_capped(client: TestClient, db: Session) -> None:
    cap = _cap(2)
    app.dependency_overrides[get_plan_limiter] = lambda: cap
    _, headers = onboard(client)
    for _ in range(2):
        assert client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=headers).is_success
    before = row_counts(db)
    refused = client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=headers)
    assert refused.status_code == 429
    assert row_counts(db) == before
    _, someone_else = onboard(client)
    assert client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=someone_else).is_success


def test_a_taken_email_costs_a_hash_like_a_new_one(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = profile()
    assert client.post("/api/v1/users", json=body).status_code == 201
    hashed: list[str] = []
    real = passwords._hasher().hash

    class Counting:
        def hash(self, password: str) -> str:
            hashed.append(password)
            return real(password)

    monkeypatch.setattr(passwords, "_hasher", lambda: Counting())
    assert client.post("/api/v1/users", json=body).status_code == 409
    assert len(hashed) == 1
