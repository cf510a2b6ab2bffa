"""Onboarding, login and the own profile over HTTP, including what must be refused."""

from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.secret_key import signing_key
from app.database.models import ChatMessage, Credentials, User, WorkoutPlan
from tests.factories import PASSWORD, onboard, profile, row_counts


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    assert response.json()["token_type"] == "bearer"
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_onboarding_creates_the_person_and_signs_them_in(client: TestClient, db: Session) -> None:
    body = profile(name="  Sam  ", sport="BoXiNg", experience_level="Advanced")
    response = client.post("/api/v1/users", json=body)
    assert response.status_code == 201
    result = response.json()
    assert result["token_type"] == "bearer"
    user = result["user"]
    assert user["name"] == "Sam"
    assert (user["sport"], user["experience_level"]) == ("boxing", "advanced")
    assert user["email"] == body["email"]
    assert "password" not in user
    assert datetime.fromisoformat(user["created_at"]).utcoffset() == timedelta(0)
    stored = db.scalars(select(User).where(User.id == user["id"])).one()
    assert stored.sport == "boxing"
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {result['access_token']}"})
    assert me.json() == user


def test_password_is_stored_only_as_an_argon2_hash(client: TestClient, db: Session) -> None:
    user, _ = onboard(client)
    credentials = db.get(Credentials, user["id"])
    assert credentials is not None
    assert credentials.password_hash.startswith("$argon2id$")
    assert PASSWORD not in credentials.password_hash


def test_email_is_unique_ignoring_case(client: TestClient, db: Session) -> None:
    onboard(client, email="Jo@Example.com")
    before = row_counts(db)
    response = client.post("/api/v1/users", json=profile(email="jo@EXAMPLE.com"))
    assert response.status_code == 409
    assert response.json() == {"detail": "This email is already registered"}
    assert row_counts(db) == before


def test_log_in_with_any_case_of_the_email(client: TestClient) -> None:
    user, _ = onboard(client, email="Case@Example.com")
    headers = log_in(client, "CASE@example.COM")
    assert client.get("/api/v1/me", headers=headers).json()["id"] == user["id"]


def test_unknown_email_and_wrong_password_look_the_same(client: TestClient) -> None:
    user, _ = onboard(client)
    wrong = client.post(
        "/api/v1/auth/token", data={"username": user["email"], "password": "not the password"}
    )
    unknown = client.post(
        "/api/v1/auth/token", data={"username": "nobody@example.com", "password": PASSWORD}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "Incorrect email or password"}
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_repeated_failed_logins_are_throttled(client: TestClient) -> None:
    user, _ = onboard(client)
    bad = {"username": user["email"], "password": "guess-guess"}
    for _ in range(5):
        assert client.post("/api/v1/auth/token", data=bad).status_code == 401
    locked = client.post(
        "/api/v1/auth/token", data={"username": user["email"], "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    other, _ = onboard(client)
    log_in(client, other["email"])


def test_old_hash_parameters_are_upgraded_at_login(client: TestClient, db: Session) -> None:
    from pwdlib import PasswordHash
    from pwdlib.hashers.argon2 import Argon2Hasher

    user, _ = onboard(client)
    credentials = db.get(Credentials, user["id"])
    assert credentials is not None
    old = PasswordHash([Argon2Hasher(time_cost=2, memory_cost=2048, parallelism=1)]).hash(PASSWORD)
    credentials.password_hash = old
    db.commit()
    log_in(client, user["email"])
    db.refresh(credentials)
    assert credentials.password_hash != old
    assert "m=1024,t=1,p=1" in credentials.password_hash


def _token(secret: str, **claims: object) -> str:
    now = datetime.now(UTC)
    payload = {"sub": "1", "tk": "x", "iat": now, "exp": now + timedelta(minutes=5)} | claims
    return jwt.encode(payload, secret, algorithm="HS256")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer",
        "Bearer not.a.jwt",
        "Basic dXNlcjpwYXNz",
        "Bearer " + _token("someone-elses-key-that-is-long-enough!!"),
    ],
    ids=["missing", "empty", "malformed", "wrong-scheme", "forged"],
)
def test_bad_tokens_are_401_with_bearer_challenge(
    client: TestClient, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_expired_token_is_401(client: TestClient, db: Session) -> None:
    user, _ = onboard(client)
    credentials = db.get(Credentials, user["id"])
    assert credentials is not None
    past = datetime.now(UTC) - timedelta(hours=2)
    token = _token(
        signing_key(),
        sub=str(user["id"]),
        tk=credentials.token_key,
        iat=past,
        exp=past + timedelta(hours=1),
    )
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_patch_changes_only_what_was_sent(client: TestClient) -> None:
    user, headers = onboard(client)
    response = client.patch(
        "/api/v1/me", json={"days_per_week": 5, "sport": "GYM"}, headers=headers
    )
    assert response.status_code == 200
    updated = response.json()
    assert (updated["days_per_week"], updated["sport"]) == (5, "gym")
    assert updated["name"] == user["name"]
    assert updated["goals"] == user["goals"]
    assert updated["updated_at"] > user["updated_at"]
    cleared = client.patch("/api/v1/me", json={"goals": None}, headers=headers).json()
    assert cleared["goals"] is None


@pytest.mark.parametrize(
    "change",
    [
        {"age": 12},
        {"age": None},
        {"name": "   "},
        {"sport": "chess"},
        {"id": 99},
        {"email": "x@example.com"},
        {"days_per_week": 8},
        {"goals": "x" * 201},
    ],
)
def test_patch_refuses_bad_changes_and_keeps_the_profile(
    client: TestClient, db: Session, change: dict[str, object]
) -> None:
    _, headers = onboard(client)
    before = client.get("/api/v1/me", headers=headers).json()
    response = client.patch("/api/v1/me", json=change, headers=headers)
    assert response.status_code == 422
    assert client.get("/api/v1/me", headers=headers).json() == before


def test_delete_removes_everything_and_the_token_stops_working(
    client: TestClient, db: Session
) -> None:
    user, headers = onboard(client)
    other, other_headers = onboard(client)
    for owner in (user["id"], other["id"]):
        db.add(WorkoutPlan(user_id=owner, plan_data={}, duration_weeks=1))
        db.add(ChatMessage(user_id=owner, role="user", message="hi"))
    db.commit()
    assert client.delete("/api/v1/me", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    for model in (User, Credentials):
        assert db.get(model, user["id"]) is None
    for table in (WorkoutPlan, ChatMessage):
        owners = set(db.scalars(select(table.user_id)).all())
        assert user["id"] not in owners
        assert other["id"] in owners
    assert client.get("/api/v1/me", headers=other_headers).status_code == 200


def test_a_token_never_reaches_a_new_account_with_a_reused_id(
    client: TestClient, db: Session
) -> None:
    user, headers = onboard(client)
    client.delete("/api/v1/me", headers=headers)
    db.add(
        User(
            id=user["id"],
            name="New",
            age=30,
            sport="gym",
            experience_level="beginner",
            days_per_week=3,
        )
    )
    db.add(
        Credentials(
            user_id=user["id"],
            email="new@example.com",
            password_hash="x",
            token_key="a-different-key",
        )
    )
    db.commit()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_two_people_only_ever_see_themselves(client: TestClient) -> None:
    alice, alice_headers = onboard(client, name="Alice")
    bob, bob_headers = onboard(client, name="Bob")
    client.patch("/api/v1/me", json={"name": "Alice Two"}, headers=alice_headers)
    assert client.get("/api/v1/me", headers=bob_headers).json()["name"] == "Bob"
    assert client.get("/api/v1/me", headers=alice_headers).json()["id"] == alice["id"]
    assert bob["id"] != alice["id"]


@pytest.mark.parametrize(
    "text",
    ["Robert'); DROP TABLE users;--", "<script>alert('x')</script>", "名前 ✓ émilie"],
)
def test_strings_that_look_like_code_are_stored_verbatim(client: TestClient, text: str) -> None:
    user, headers = onboard(client, name=text[:50], goals=text)
    assert (user["name"], user["goals"]) == (text[:50], text)
    assert client.get("/api/v1/me", headers=headers).json()["goals"] == text


def test_oversized_onboarding_body_is_413_and_stores_nothing(
    client: TestClient, db: Session
) -> None:
    before = row_counts(db)
    body = profile(goals="x" * 2_000_000)
    response = client.post("/api/v1/users", json=body)
    assert response.status_code == 413
    assert row_counts(db) == before

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"name": "'
        for _ in range(20):
            yield b"x" * 65536

    chunked = client.post(
        "/api/v1/users", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert chunked.status_code == 413
    assert row_counts(db) == before


def test_openapi_shows_the_profile_rules(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    fields = schemas["Onboarding"]["properties"]
    assert (fields["age"]["minimum"], fields["age"]["maximum"]) == (13, 100)
    assert (fields["days_per_week"]["minimum"], fields["days_per_week"]["maximum"]) == (1, 7)
    assert fields["name"]["maxLength"] == 50
    assert fields["password"]["minLength"] == 8
    assert set(schemas["Sport"]["enum"]) == {"boxing", "crossfit", "gym", "calisthenics", "running"}
    assert schemas["Onboarding"]["additionalProperties"] is False


def test_a_nul_byte_in_the_login_email_is_just_a_failed_login(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/token", data={"username": "a\x00@example.com", "password": "whatever1"}
    )
    assert response.status_code == 401
