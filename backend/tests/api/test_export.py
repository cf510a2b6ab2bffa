"""`/api/v1/me/export`: everything of the person's, nothing of anyone else's, no secrets."""

import json
from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy import inspect

from app.database.connection import engine
from tests.factories import PASSWORD, onboard


def fill(client: TestClient, headers: dict[str, str]) -> None:
    client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=headers)
    client.post("/api/v1/chat/messages", json={"message": "What is a deload?"}, headers=headers)
    today = datetime.now(UTC).date().isoformat()
    entry = {"name": "Squat", "sets": [{"reps": 5, "weight_kg": 80}]}
    client.post("/api/v1/logs", json={"date": today, "entries": [entry]}, headers=headers)
    client.get("/api/v1/calendar/feed", headers=headers)


def test_export_holds_every_table_of_the_person_and_no_secret(client: TestClient) -> None:
    user, headers = onboard(client)
    fill(client, headers)
    _, stranger = onboard(client)
    fill(client, stranger)
    response = client.get("/api/v1/me/export", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["profile"]["id"] == user["id"]
    tables = body["tables"]
    owned = {
        name
        for name in inspect(engine).get_table_names()
        if any(fk["referred_table"] == "users" for fk in inspect(engine).get_foreign_keys(name))
    }
    assert owned | {"users", "chat_message_sources"} <= set(tables)
    for name in ("workout_plans", "chat_messages", "training_logs", "logged_sets"):
        assert tables[name], name
        assert {row["user_id"] for row in tables[name]} == {user["id"]}
    assert [row["id"] for row in tables["users"]] == [user["id"]]
    assert tables["calendar_feeds"] == [
        {"user_id": user["id"], "created_at": tables["calendar_feeds"][0]["created_at"]}
    ]
    assert "password_hash" not in tables["credentials"][0]
    assert "token_key" not in tables["credentials"][0]
    text = json.dumps(body)
    assert PASSWORD not in text
    assert "knowledge_chunks" not in tables


def test_export_needs_a_token(client: TestClient) -> None:
    assert client.get("/api/v1/me/export").status_code == 401
