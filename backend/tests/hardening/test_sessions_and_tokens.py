"""Logging out ends the session on the server; odd tokens are 401s, never 500s."""

from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.secret_key import signing_key
from app.api.deps import SESSION_COOKIE
from app.database.models import Credentials
from tests.factories import PASSWORD, onboard, profile


def test_logging_out_in_the_browser_ends_that_session_only(client: TestClient) -> None:
    body = profile()
    signed_up = client.post("/app/session/signup", json=body)
    assert signed_up.status_code == 201
    browser_token = client.cookies[SESSION_COOKIE]
    phone = client.post(
        "/api/v1/auth/token", data={"username": body["email"], "password": PASSWORD}
    )
    phone_token = phone.json()["access_token"]

    assert client.post("/app/session/logout").status_code == 204
    client.cookies.clear()

    old_cookie = client.get("/api/v1/me", headers={"Authorization": f"Bearer {browser_token}"})
    assert old_cookie.status_code == 401
    client.cookies.set(SESSION_COOKIE, browser_token)
    assert client.get("/app/profile", follow_redirects=False).status_code == 303
    client.cookies.clear()
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {phone_token}"}).is_success


def test_api_logout_ends_the_bearer_token(client: TestClient) -> None:
    _, headers = onboard(client)
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    assert client.post("/api/v1/auth/logout", headers=headers).status_code == 204


def _forged(db: Session, **claims: Any) -> dict[str, str]:
    credentials = db.scalars(select(Credentials)).first()
    assert credentials is not None
    now = datetime.now(UTC)
    body = {
        "sub": str(credentials.user_id),
        "tk": credentials.token_key,
        "sid": "0" * 32,
        "iat": now,
        "exp": now + timedelta(minutes=5),
    } | claims
    token = jwt.encode(body, signing_key(), algorithm="HS256")
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize(
    "claims",
    [
        {"sub": str(2**70)},
        {"sub": "-1"},
        {"sub": "1e3"},
        {"tk": "clé-non-ascii"},
        {"tk": 12345},
        {"tk": "x" * 10_000},
        {"sid": ["a"]},
    ],
)
def test_odd_claims_signed_with_the_key_are_401(
    client: TestClient, db: Session, claims: dict[str, Any]
) -> None:
    onboard(client)
    assert client.get("/api/v1/me", headers=_forged(db)).status_code == 200
    assert client.get("/api/v1/me", headers=_forged(db, **claims)).status_code == 401
