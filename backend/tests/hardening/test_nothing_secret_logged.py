"""Forms never put secrets in URLs, and a failed write does not log the values it carried."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.database.connection import engine
from tests.factories import profile


@pytest.mark.parametrize("page", ["login", "signup", "coach", "plan", "profile"])
def test_every_form_posts(client: TestClient, page: str) -> None:
    if page not in {"login", "signup"}:
        assert client.post("/app/session/signup", json=profile()).status_code == 201
    html = client.get(f"/app/{page}").text
    forms = re.findall(r"<form\b[^>]*>", html)
    assert forms
    assert all('method="post"' in form for form in forms)


def test_a_failed_write_does_not_carry_its_values() -> None:
    reply = "a whole private reply that must stay out of the logs"
    with pytest.raises(IntegrityError) as failed, engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO chat_messages (user_id, role, message, created_at) "
                "VALUES (:user_id, 'assistant', :message, CURRENT_TIMESTAMP)"
            ),
            {"user_id": 2_000_000_000, "message": reply},
        )
    assert reply not in str(failed.value)
