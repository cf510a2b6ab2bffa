"""Bad onboarding and profile input, sent as a user would: a clear 4xx, nothing stored.

Each case names the field the error must point at; the database row counts must not move.
Hypothesis then throws arbitrary JSON at the same routes, and none of it may produce a 500.
"""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from tests.factories import onboard, profile, row_counts

FIELD_CASES: list[tuple[str, Any]] = [
    ("age", "twenty"),
    ("age", 12),
    ("age", 101),
    ("age", -1),
    ("age", 10**30),
    ("age", 25.5),
    ("age", 25.0),
    ("age", True),
    ("age", None),
    ("days_per_week", 0),
    ("days_per_week", 8),
    ("days_per_week", "3"),
    ("sport", "chess"),
    ("sport", ""),
    ("sport", 5),
    ("experience_level", "expert"),
    ("name", ""),
    ("name", "   "),
    ("name", "x" * 51),
    ("name", "Al\x00ex"),
    ("name", "Al\nex"),
    ("name", ["Alex"]),
    ("goals", "x" * 201),
    ("goals", "nul\x00byte"),
    ("goals", {"text": "run"}),
    ("email", "not-an-email"),
    ("email", "a@b"),
    ("email", "a\x00@example.com"),
    ("email", ""),
    ("password", "short"),
    ("password", ""),
    ("password", 12345678),
]


@pytest.mark.parametrize(("field", "value"), FIELD_CASES)
def test_bad_field_is_422_naming_it(
    client: TestClient, db: Session, field: str, value: Any
) -> None:
    before = row_counts(db)
    response = client.post("/api/v1/users", json=profile(**{field: value}))
    assert response.status_code == 422, response.text
    locations = [problem["loc"] for problem in response.json()["detail"]]
    assert any(field in loc for loc in locations), locations
    assert all("input" not in problem for problem in response.json()["detail"])
    assert row_counts(db) == before


@pytest.mark.parametrize(
    "field", ["name", "age", "sport", "experience_level", "days_per_week", "email", "password"]
)
def test_missing_field_is_422_naming_it(client: TestClient, db: Session, field: str) -> None:
    before = row_counts(db)
    body = profile()
    del body[field]
    response = client.post("/api/v1/users", json=body)
    assert response.status_code == 422
    assert ["body", field] in [problem["loc"] for problem in response.json()["detail"]]
    assert row_counts(db) == before


def test_extra_field_is_422(client: TestClient, db: Session) -> None:
    before = row_counts(db)
    response = client.post("/api/v1/users", json=profile(is_admin=True))
    assert response.status_code == 422
    assert ["body", "is_admin"] in [problem["loc"] for problem in response.json()["detail"]]
    assert row_counts(db) == before


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b'"a string"', "application/json"),
        (b"null", "application/json"),
        (b"name=Alex&age=30", "application/x-www-form-urlencoded"),
        (b'{"name": "Alex"}', "text/plain"),
        (b"\xff\xfe\x00", "application/json"),
    ],
    ids=["malformed", "empty", "array", "string", "null", "form", "text-plain", "binary"],
)
def test_bodies_that_are_not_a_json_object_are_422(
    client: TestClient, db: Session, content: bytes, content_type: str
) -> None:
    before = row_counts(db)
    response = client.post("/api/v1/users", content=content, headers={"Content-Type": content_type})
    # Bytes that are not even text cannot be parsed at all: FastAPI says so with a 400.
    assert response.status_code == (400 if content.startswith(b"\xff") else 422), response.text
    assert response.json()["detail"]
    assert row_counts(db) == before


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=60),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=6,
)
FIELDS = ["name", "age", "sport", "experience_level", "days_per_week", "goals", "email", "password"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.dictionaries(st.sampled_from([*FIELDS, "extra"]), JSON_VALUES, max_size=4),
    dropped=st.sets(st.sampled_from(FIELDS), max_size=2),
)
def test_fuzzed_onboarding_never_fails_with_5xx(
    client: TestClient, db: Session, changes: dict[str, Any], dropped: set[str]
) -> None:
    body = profile() | changes
    for field in dropped:
        body.pop(field, None)
    before = row_counts(db)
    response = client.post("/api/v1/users", json=body)
    assert response.status_code < 500, response.text
    if response.status_code != 201:
        assert 400 <= response.status_code < 500
        assert row_counts(db) == before


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.dictionaries(st.sampled_from([*FIELDS[:6], "id"]), JSON_VALUES, max_size=3))
def test_fuzzed_profile_updates_never_fail_with_5xx(
    client: TestClient, changes: dict[str, Any]
) -> None:
    _, headers = onboard(client)
    before = client.get("/api/v1/me", headers=headers).json()
    response = client.patch("/api/v1/me", json=changes, headers=headers)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert client.get("/api/v1/me", headers=headers).json() == before
