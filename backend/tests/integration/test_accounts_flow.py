"""Onboard, log in, read, update, delete: the whole account flow over real HTTP.

The server uses the suite's own database (SQLite, or PostgreSQL in the PostgreSQL run), so this
proves the flow on both engines.
"""

import os
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.factories import PASSWORD, profile
from tests.integration.server import running_server

pytestmark = pytest.mark.integration


def test_account_flow_over_real_http(tmp_path: Path) -> None:
    with running_server(tmp_path, DATABASE_URL=os.environ["DATABASE_URL"]) as base:
        api = httpx.Client(base_url=f"{base}/api/v1")
        body = profile(email="Flow.Person@Example.com")
        created = api.post("/users", json=body)
        assert created.status_code == 201
        user = created.json()["user"]

        token = api.post(
            "/auth/token", data={"username": "flow.person@example.com", "password": PASSWORD}
        ).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        assert api.get("/me", headers=auth).json()["id"] == user["id"]

        updated = api.patch("/me", json={"age": 30, "goals": "half marathon"}, headers=auth)
        assert (updated.json()["age"], updated.json()["goals"]) == (30, "half marathon")

        stranger = api.post("/users", json=profile()).json()
        stranger_auth = {"Authorization": f"Bearer {stranger['access_token']}"}
        assert api.get("/me", headers=stranger_auth).json()["id"] != user["id"]

        assert api.delete("/me", headers=auth).status_code == 204
        assert api.get("/me", headers=auth).status_code == 401
        relogin = api.post("/auth/token", data={"username": body["email"], "password": PASSWORD})
        assert relogin.status_code == 401
        assert api.delete("/me", headers=stranger_auth).status_code == 204
