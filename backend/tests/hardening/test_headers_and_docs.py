"""Security headers on every answer, no caching of private ones, docs that can be turned off."""

import base64
import hashlib
import re

import pytest
from fastapi.testclient import TestClient

from app.config import Environment, settings
from app.main import create_app
from tests.factories import onboard, profile


def _browser(client: TestClient) -> None:
    assert client.post("/app/session/signup", json=profile()).status_code == 201


def test_private_pages_cannot_be_framed_or_cached(client: TestClient) -> None:
    _browser(client)
    page = client.get("/app/profile")
    assert page.status_code == 200
    assert page.headers["x-frame-options"] == "DENY"
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    script_src = re.search(r"script-src ([^;]*)", policy)
    assert script_src is not None
    assert script_src.group(1).strip() == "'self'"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert page.headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in page.headers


def test_authenticated_answers_and_tokens_are_not_cached(client: TestClient) -> None:
    _, headers = onboard(client)
    assert client.get("/api/v1/me", headers=headers).headers["cache-control"] == "no-store"
    assert client.get("/api/v1/plans", headers=headers).headers["cache-control"] == "no-store"
    login = client.post("/api/v1/auth/token", data={"username": "x@example.com", "password": "y"})
    assert login.headers["cache-control"] == "no-store"
    assert "cache-control" not in client.get("/app/static/app.js").headers


def test_the_docs_page_allows_only_its_own_inline_script_by_hash(client: TestClient) -> None:
    page = client.get("/docs")
    scripts = re.findall(r"<script>(.*?)</script>", page.text, re.DOTALL)
    assert scripts
    policy = page.headers["content-security-policy"]
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "'unsafe-inline'" not in re.search(r"script-src ([^;]*)", policy).group(1)  # type: ignore[union-attr]
    assert "frame-ancestors 'none'" in policy


def test_production_sends_hsts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "ENVIRONMENT", Environment.PRODUCTION)
    answer = TestClient(create_app()).get("/health")
    assert answer.headers["strict-transport-security"].startswith("max-age=")


def test_docs_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "DOCS_ENABLED", False)
    off = TestClient(create_app())
    assert off.get("/docs").status_code == 404
    assert off.get("/redoc").status_code == 404
    assert off.get("/health").status_code == 200


def test_huge_request_headers_are_refused(client: TestClient) -> None:
    answer = client.get("/health", headers={"X-Padding": "a" * 70_000})
    assert answer.status_code == 431
    assert client.get("/health", headers={"X-Padding": "a" * 4_000}).status_code == 200


def test_request_ids_are_kept_when_sane_and_replaced_otherwise(client: TestClient) -> None:
    assert client.get("/health", headers={"X-Request-ID": "lb-42.a_b"}).headers["x-request-id"] == (
        "lb-42.a_b"
    )
    replaced = client.get("/health", headers={"X-Request-ID": "bad id\twith spaces"})
    assert re.fullmatch(r"[0-9a-f]{16}", replaced.headers["x-request-id"])
    assert (
        client.get("/health").headers["x-request-id"]
        != client.get("/health").headers["x-request-id"]
    )
