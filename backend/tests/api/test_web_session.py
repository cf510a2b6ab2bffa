"""The browser session: HttpOnly cookie, CSRF on every change, pages that need a session."""

import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.api.deps import SESSION_COOKIE
from tests.factories import PASSWORD, profile, row_counts


def browser_signup(client: TestClient) -> tuple[dict[str, object], str]:
    response = client.post("/app/session/signup", json=profile())
    assert response.status_code == 201, response.text
    body = response.json()
    return body["user"], body["csrf_token"]


def test_signup_sets_an_httponly_samesite_cookie(client: TestClient) -> None:
    response = client.post("/app/session/signup", json=profile())
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "access_token" not in response.json()
    assert client.get("/api/v1/me").status_code == 200


def test_changes_by_cookie_need_the_csrf_token(client: TestClient) -> None:
    user, csrf = browser_signup(client)
    for headers in ({}, {"X-CSRF-Token": "forged"}):
        refused = client.patch("/api/v1/me", json={"age": 50}, headers=headers)
        assert refused.status_code == 403
        assert refused.json() == {"detail": "Missing or invalid CSRF token"}
    assert client.get("/api/v1/me").json()["age"] == user["age"]
    accepted = client.patch("/api/v1/me", json={"age": 50}, headers={"X-CSRF-Token": csrf})
    assert accepted.status_code == 200
    assert accepted.json()["age"] == 50


def test_deleting_by_cookie_without_csrf_changes_nothing(client: TestClient, db: Session) -> None:
    browser_signup(client)
    before = row_counts(db)
    assert client.delete("/api/v1/me").status_code == 403
    assert client.post("/api/v1/plans", json={}).status_code == 403
    assert client.post("/api/v1/chat/messages", json={"message": "hi"}).status_code == 403
    assert row_counts(db) == before


def test_browser_login_and_logout(client: TestClient) -> None:
    user, _ = browser_signup(client)
    client.cookies.clear()
    wrong = client.post("/app/session/login", json={"email": user["email"], "password": "nope"})
    assert wrong.status_code == 401
    assert client.get("/api/v1/me").status_code == 401
    ok = client.post("/app/session/login", json={"email": user["email"], "password": PASSWORD})
    assert ok.status_code == 200
    assert ok.json()["user"]["id"] == user["id"]
    assert client.get("/api/v1/me").status_code == 200
    assert client.post("/app/session/logout").status_code == 204
    assert client.get("/api/v1/me").status_code == 401


def test_private_pages_redirect_to_login(client: TestClient) -> None:
    for page in ("today", "log", "progress", "plan", "coach", "profile"):
        response = client.get(f"/app/{page}", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/app/login"
    client.cookies.set(SESSION_COOKIE, "expired-or-forged")
    expired = client.get("/app/plan", follow_redirects=False)
    assert expired.headers["location"] == "/app/login?expired=1"


def test_pages_render_for_a_signed_in_person(client: TestClient) -> None:
    _, csrf = browser_signup(client)
    for page in ("today", "log", "progress", "plan", "coach", "profile"):
        html = client.get(f"/app/{page}").text
        assert f'<meta name="csrf-token" content="{csrf}">' in html
    assert client.get("/app/login", follow_redirects=False).headers["location"] == "/app/today"
    assert client.get("/app", follow_redirects=False).headers["location"] == "/app/today"


def test_the_progress_page_draws_the_log_as_accessible_svg(client: TestClient) -> None:
    _, csrf = browser_signup(client)
    today = datetime.now(UTC).date().isoformat()
    squat = {
        "exercise_id": "back_squat",
        "name": "Back squat",
        "sets": [{"reps": 5, "weight_kg": 100}],
    }
    run = {"name": "Easy run", "sets": [{"distance_m": 6000, "duration_s": 1800}]}
    for entry in (squat, run):
        body = {"date": today, "entries": [entry], "session_rpe": 6, "duration_min": 40}
        logged = client.post("/api/v1/logs", json=body, headers={"X-CSRF-Token": csrf})
        assert logged.status_code == 201
    html = client.get("/app/progress").text
    assert "Kilometres per week" in html
    assert 'role="img"' in html
    assert "<title" in html
    assert "<desc" in html
    assert "Back squat: estimated 1RM" in html
    assert "longest run" in html


@pytest.mark.parametrize("page", ["login", "signup"])
def test_public_pages_load_only_local_assets(client: TestClient, page: str) -> None:
    html = client.get(f"/app/{page}").text
    assets = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert assets
    for asset in assets:
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset


def test_unknown_page_is_404(client: TestClient) -> None:
    assert client.get("/app/nowhere").status_code == 404


def test_a_non_ascii_csrf_header_is_refused_not_a_crash(client: TestClient) -> None:
    browser_signup(client)
    response = client.patch(
        "/api/v1/me", json={"age": 40}, headers={"X-CSRF-Token": "caf\u00e9".encode("latin-1")}
    )
    assert response.status_code == 403
