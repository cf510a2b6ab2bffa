"""One text rule for every typed field; emails log in exactly as they were typed at sign-up."""

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.factories import PASSWORD, onboard, profile, row_counts

SNEAKY = ["\u202e", "\u2066", "\u202a", "\x85", "\x9b", "\x00", "\x1b"]


@pytest.mark.parametrize("character", SNEAKY)
@pytest.mark.parametrize("field", ["name", "goals"])
def test_control_and_bidi_characters_are_refused_in_the_profile(
    client: TestClient, db: Session, field: str, character: str
) -> None:
    before = row_counts(db)
    response = client.post("/api/v1/users", json=profile(**{field: f"Al{character}ex"}))
    assert response.status_code == 422
    assert row_counts(db) == before
    _, headers = onboard(client)
    assert (
        client.patch("/api/v1/me", json={field: f"x{character}y"}, headers=headers).status_code
        == 422
    )


@pytest.mark.parametrize("character", SNEAKY)
def test_control_and_bidi_characters_are_refused_in_the_chat(
    client: TestClient, db: Session, character: str
) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    sent = client.post("/api/v1/chat/messages", json={"message": f"h{character}i"}, headers=headers)
    assert sent.status_code == 422
    assert row_counts(db) == before


def test_names_refuse_line_breaks_but_goals_keep_them(client: TestClient) -> None:
    assert client.post("/api/v1/users", json=profile(name="Al\nex")).status_code == 422
    assert client.post("/api/v1/users", json=profile(goals="Run\nfar")).status_code == 201
    assert client.post("/api/v1/users", json=profile(name="Zoë مريم")).status_code == 201


@pytest.mark.parametrize(
    ("signed_up_as", "logs_in_as"),
    [
        ("jose\u0301@example.com", "jose\u0301@example.com"),
        ("jose\u0301@example.com", "jos\u00e9@example.com"),
        ("kim@b\u00fccher.example", "kim@b\u00fccher.example"),
        ("kim@b\u00fccher.example", "kim@xn--bcher-kva.example"),
        ("Lee@xn--bcher-kva.example", "lee@B\u00fccher.example"),
    ],
)
def test_an_email_logs_in_as_it_was_typed(
    client: TestClient, signed_up_as: str, logs_in_as: str
) -> None:
    assert client.post("/api/v1/users", json=profile(email=signed_up_as)).status_code == 201
    login = {"username": logs_in_as, "password": PASSWORD}
    assert client.post("/api/v1/auth/token", data=login).status_code == 200
    web = client.post("/app/session/login", json={"email": logs_in_as, "password": PASSWORD})
    assert web.status_code == 200
    again = client.post("/api/v1/users", json=profile(email=logs_in_as))
    assert again.status_code == 409
